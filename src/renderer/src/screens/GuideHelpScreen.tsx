/** The five steps the desk follows, in plain words: what each piece is for and when to stop. */
const STEPS: { step: number; title: string; body: string[] }[] = [
  {
    step: 1,
    title: 'A short message, only as a first try',
    body: [
      'A light text or email is fine as a first try, about something of theirs, with no question that needs an answer.',
      'If several messages have already gone unanswered, skip digital contact entirely: more of it feels like ' +
        'being hounded.',
    ],
  },
  {
    step: 2,
    title: 'A friendship card by post',
    body: [
      'Mail a card that is about friendship: nothing romantic, nothing needy, signed with just your name.',
      'Once it is in the post, do not call or text to check whether it arrived.',
    ],
  },
  {
    step: 3,
    title: 'Ask mutual friends how they are',
    body: [
      'Quietly ask a friend you share: are they in a new relationship and happy, or still hurt and not ready ' +
        'to talk? The answer decides what comes next.',
    ],
  },
  {
    step: 4,
    title: 'If they are with someone new: respect it',
    body: [
      'Say you know, and that you are fine with it. Two movie passes, for them and their partner, make that concrete.',
      'Say you want only the friendship back. Never belittle the partner or hint that it will not last.',
    ],
  },
  {
    step: 5,
    title: 'If they are still hurt: one heartfelt letter, then wait',
    body: [
      'No casual, easy contact (“call me”, “let’s grab a coffee”).',
      'Write one letter that owns the hurt you caused, says you would like them back in your life, and is ' +
        'plain about whether you mean as a friend or as a partner. Then wait, and do nothing else.',
    ],
  },
];

export function GuideHelpScreen({ onStart, onHome }: { onStart: () => void; onHome: () => void }) {
  return (
    <div className="guide help">
      <h1>How the guide works</h1>
      <p className="lede">
        Reaching out again can be kind or it can be pressure; the difference is how you go about it. The desk follows
        five steps, suggests the piece that fits where things stand, and checks your words as you write.
      </p>
      <ol className="help-steps plain-list">
        {STEPS.map((s) => (
          <li key={s.step} className="panel">
            <h2>
              <span className="step-badge">Step {s.step}</span> {s.title}
            </h2>
            {s.body.map((p) => (
              <p key={p}>{p}</p>
            ))}
          </li>
        ))}
      </ol>
      <div className="actions">
        <button type="button" className="primary" onClick={onStart}>
          Start a new piece
        </button>
        <button type="button" onClick={onHome}>
          Back to home
        </button>
      </div>
    </div>
  );
}
