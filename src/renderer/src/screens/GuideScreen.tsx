import { useEffect, useId, useRef, useState } from 'react';
import type { ContactEntry, CreateDraftPayload, GuideResult, TemplateInfo } from '../../../shared/ipc';
import type { Pronouns } from '../../../core/draft/schema';
import type { Heard, Intent, Kind } from '../../../core/types';
import type { PronounWords } from '../../../core/templates/types';
import { olive, unwrap } from '../api';
import { sameRecipient } from '../document';
import { intentFor, STEP_OF_KIND, tooManyUnanswered } from '../../../core/pieces/kinds';
import { useScreenFocus } from '../hooks/useScreenFocus';
import { HEARD_LABEL, KIND_LABEL, PIECE_LABEL, STEP_TITLE, formatDate, plural } from '../labels';
import { ConfirmDialog } from '../ui/ConfirmDialog';

interface Props {
  onCancel: () => void;
  onCreate: (payload: CreateDraftPayload) => void;
  onError: (error: unknown) => void;
}

type PronounChoice = 'he' | 'she' | 'they' | 'custom';

interface Answers {
  name: string;
  pronouns: PronounChoice;
  custom: PronounWords;
  unanswered: number;
  heard: Heard;
  partnerName: string;
  want: Intent;
  sender: string;
}

type Suggestion = GuideResult['recommendation'];

/** The last piece posted to this person, from the contact log. */
function lastMailedTo(entries: ContactEntry[], name: string): ContactEntry | undefined {
  return entries
    .filter((e) => e.direction === 'sent' && e.channel === 'post' && sameRecipient(e.recipient, name))
    .sort((a, b) => b.at.localeCompare(a.at))[0];
}

/** Why the guide would not pick this piece for this writer now (shown when they pick it anyway). */
function cautionFor(kind: Kind, answers: Answers): string {
  switch (kind) {
    case 'message':
      return tooManyUnanswered(answers.unanswered)
        ? `Step 1: ${plural(answers.unanswered, 'message')} already went unanswered. Another one would feel like ` +
            `being hounded, however kind.`
        : 'Step 1: one short message at most. If it goes unanswered, do not follow it with more; a card by post ' +
            'is the next step.';
    case 'card':
      return answers.heard === 'new-relationship'
        ? 'Step 4: a card is gentle, but it does not acknowledge their new relationship the way the note does.'
        : answers.heard === 'still-hurt'
          ? 'Step 5: a light card can feel like it skips over the hurt. The guide suggests one heartfelt letter ' +
            'instead.'
          : 'Step 2: keep it about friendship: nothing romantic, nothing needy, signed with just your name.';
    case 'note':
      return (
        'Step 4: the note with movie passes is for when friends say they are in a new relationship and happy. ' +
        'You have not heard that.'
      );
    case 'letter':
      return answers.heard === 'new-relationship'
        ? 'Step 4: while they are with someone else, a heartfelt letter about the two of you asks for what is ' +
            'not yours to ask.'
        : 'Step 5: the heartfelt letter is for when friends say they are still hurt. Sent now, it can feel like ' +
            'too much, too soon. Ask friends first (step 3).';
  }
}

function pronounsOf(answers: Answers): Pronouns {
  if (answers.pronouns !== 'custom') return { kind: answers.pronouns };
  return { kind: 'custom', set: answers.custom };
}

export function GuideScreen({ onCancel, onCreate, onError }: Props) {
  const [answers, setAnswers] = useState<Answers>({
    name: '',
    pronouns: 'they',
    custom: { subject: '', object: '', possessive: '', possessivePronoun: '', reflexive: '', plural: false },
    unanswered: 0,
    heard: 'unknown',
    partnerName: '',
    want: 'friendship',
    sender: '',
  });
  const [templates, setTemplates] = useState<TemplateInfo[]>([]);
  const [result, setResult] = useState<GuideResult | null>(null);
  const [mailed, setMailed] = useState<ContactEntry | undefined>(undefined);
  const [warnWaiting, setWarnWaiting] = useState(false);
  const [chosen, setChosen] = useState<Suggestion | null>(null);
  const [templateId, setTemplateId] = useState<string>('');
  const [showOthers, setShowOthers] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const resultSection = useRef<HTMLElement>(null);
  const firstQuestion = useRef<HTMLInputElement>(null);
  useScreenFocus(firstQuestion);
  const ids = { name: useId(), sender: useId(), unanswered: useId(), partner: useId(), problem: useId() };

  useEffect(() => {
    let live = true;
    Promise.all([unwrap(olive().templates.list()), unwrap(olive().settings.get())])
      .then(([list, settings]) => {
        if (!live) return;
        setTemplates(list.templates);
        setAnswers((a) => (a.sender ? a : { ...a, sender: settings.senderName }));
      })
      .catch(onError);
    return () => {
      live = false;
    };
  }, [onError]);

  // The suggestion comes into view, its heading at the top, and takes the keyboard.
  useEffect(() => {
    if (!result) return;
    resultSection.current?.scrollIntoView({ block: 'start' });
    resultHeading.current?.focus({ preventScroll: true });
  }, [result]);

  const set = <K extends keyof Answers>(key: K, value: Answers[K]) => {
    setAnswers((a) => ({ ...a, [key]: value }));
    setResult(null);
  };

  const ask = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!answers.name.trim()) {
      setProblem('Please write their name (a first name is enough).');
      return;
    }
    if (
      answers.pronouns === 'custom' &&
      Object.entries(answers.custom).some(([k, v]) => k !== 'plural' && String(v).trim() === '')
    ) {
      setProblem('Please fill in every custom pronoun, or pick he, she or they.');
      return;
    }
    setProblem(null);
    try {
      const log = await unwrap(olive().contacts.get());
      const last = lastMailedTo(log.entries, answers.name);
      const guide = await unwrap(
        olive().guide.recommend({
          unanswered: answers.unanswered,
          heard: answers.heard,
          want: answers.want,
          pronouns: pronounsOf(answers),
          ...(last ? { mailed: { date: last.at, ...(last.kind ? { kind: last.kind } : {}) } } : {}),
        }),
      );
      setMailed(last);
      setResult(guide);
      setChosen(guide.recommendation.kind === 'wait' ? null : guide.recommendation);
      setTemplateId(guide.recommendation.templates[0] ?? '');
      setShowOthers(false);
      // A gentle word first when a piece to the same person is still on its way or being read.
      if (guide.recommendation.kind === 'wait') setWarnWaiting(true);
    } catch (error) {
      onError(error);
    }
  };

  const choose = (suggestion: Suggestion) => {
    setChosen(suggestion);
    const fitting =
      suggestion.templates.length > 0
        ? suggestion.templates
        : templates.filter((t) => t.kind === suggestion.kind).map((t) => t.id);
    setTemplateId(fitting[0] ?? '');
  };

  const start = () => {
    if (!chosen || !templateId) return;
    const template = templates.find((t) => t.id === templateId);
    if (answers.sender.trim()) void olive().settings.set({ senderName: answers.sender.trim() });
    onCreate({
      templateId,
      recipientName: answers.name.trim(),
      pronouns: pronounsOf(answers),
      senderName: answers.sender.trim(),
      // Cards and notes are always about friendship; letters and messages say what the writer means.
      intent: template ? intentFor(template.kind, answers.want) : answers.want,
      situation: {
        unanswered: answers.unanswered,
        heard: answers.heard,
        ...(answers.partnerName.trim() ? { partnerName: answers.partnerName.trim() } : {}),
      },
    });
  };

  const alternatives: Suggestion[] = result ? result.alternatives : [];
  const offered = new Set<string>([result?.recommendation.kind ?? '', ...alternatives.map((a) => a.kind)]);
  const others: Suggestion[] = (['message', 'card', 'note', 'letter'] as Kind[])
    .filter((k) => !offered.has(k))
    .map((kind) => ({
      kind,
      step: STEP_OF_KIND[kind],
      templates: templates
        .filter((t) => t.kind === kind && (kind !== 'letter' || t.intent === answers.want))
        .map((t) => t.id),
      caution: cautionFor(kind, answers),
    }));
  const chosenTemplates = chosen
    ? templates.filter((t) => (chosen.templates.length ? chosen.templates.includes(t.id) : t.kind === chosen.kind))
    : [];

  return (
    <div className="guide">
      <h1>Start a new piece</h1>
      <p className="lede">
        A few questions about where things stand. The guide uses your answers to suggest what to write, and why.
      </p>

      <form
        className="panel guide-form"
        onSubmit={(e) => void ask(e)}
        aria-describedby={problem ? ids.problem : undefined}
        noValidate
      >
        <div className="field">
          <label htmlFor={ids.name}>Who is it to?</label>
          <input
            id={ids.name}
            ref={firstQuestion}
            type="text"
            autoComplete="off"
            value={answers.name}
            onChange={(e) => set('name', e.target.value)}
            required
            aria-invalid={problem !== null && !answers.name.trim()}
          />
        </div>

        <fieldset className="field">
          <legend>Their pronouns</legend>
          <div className="choices inline">
            {(['he', 'she', 'they', 'custom'] as PronounChoice[]).map((p) => (
              <label key={p} className="choice">
                <input
                  type="radio"
                  name="pronouns"
                  value={p}
                  checked={answers.pronouns === p}
                  onChange={() => set('pronouns', p)}
                />
                {p === 'he' ? 'he / him' : p === 'she' ? 'she / her' : p === 'they' ? 'they / them' : 'other'}
              </label>
            ))}
          </div>
          {answers.pronouns === 'custom' ? (
            <div className="custom-pronouns">
              {(
                [
                  ['subject', 'Subject (ze)'],
                  ['object', 'Object (zir)'],
                  ['possessive', 'Possessive (zir)'],
                  ['possessivePronoun', 'Possessive pronoun (zirs)'],
                  ['reflexive', 'Reflexive (zirself)'],
                ] as const
              ).map(([key, label]) => (
                <label key={key} className="field compact">
                  {label}
                  <input
                    type="text"
                    value={answers.custom[key]}
                    onChange={(e) => set('custom', { ...answers.custom, [key]: e.target.value })}
                  />
                </label>
              ))}
              <label className="choice">
                <input
                  type="checkbox"
                  checked={answers.custom.plural}
                  onChange={(e) => set('custom', { ...answers.custom, plural: e.target.checked })}
                />
                Takes plural verbs (“they are”)
              </label>
            </div>
          ) : null}
        </fieldset>

        <div className="field">
          <label htmlFor={ids.unanswered}>How many of your texts, emails or calls have gone unanswered?</label>
          <input
            id={ids.unanswered}
            type="number"
            min={0}
            max={1000}
            inputMode="numeric"
            className="narrow"
            value={answers.unanswered}
            onChange={(e) => set('unanswered', Math.max(0, Math.min(1000, Math.floor(Number(e.target.value) || 0))))}
          />
        </div>

        <fieldset className="field">
          <legend>What have mutual friends said?</legend>
          <div className="choices">
            {(['unknown', 'new-relationship', 'still-hurt'] as Heard[]).map((h) => (
              <label key={h} className="choice">
                <input
                  type="radio"
                  name="heard"
                  value={h}
                  checked={answers.heard === h}
                  onChange={() => set('heard', h)}
                />
                {HEARD_LABEL[h]}
              </label>
            ))}
          </div>
        </fieldset>

        {answers.heard === 'new-relationship' ? (
          <div className="field">
            <label htmlFor={ids.partner}>Their partner’s name, if you know it (optional)</label>
            <input
              id={ids.partner}
              type="text"
              autoComplete="off"
              value={answers.partnerName}
              onChange={(e) => set('partnerName', e.target.value)}
            />
          </div>
        ) : null}

        <fieldset className="field">
          <legend>What do you hope for?</legend>
          <div className="choices inline">
            <label className="choice">
              <input
                type="radio"
                name="want"
                value="friendship"
                checked={answers.want === 'friendship'}
                onChange={() => set('want', 'friendship')}
              />
              Friendship
            </label>
            <label className="choice">
              <input
                type="radio"
                name="want"
                value="romantic"
                checked={answers.want === 'romantic'}
                onChange={() => set('want', 'romantic')}
              />
              Romance
            </label>
          </div>
        </fieldset>

        <div className="field">
          <label htmlFor={ids.sender}>Your name, as you sign</label>
          <input
            id={ids.sender}
            type="text"
            autoComplete="off"
            value={answers.sender}
            onChange={(e) => set('sender', e.target.value)}
          />
        </div>

        {problem ? (
          <p id={ids.problem} className="problem" role="alert">
            {problem}
          </p>
        ) : null}
        <div className="actions">
          <button type="submit" className="primary">
            What does the guide suggest?
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>

      {result ? (
        <section className="panel recommendation" aria-labelledby="rec-title" ref={resultSection}>
          <h2 id="rec-title" ref={resultHeading} tabIndex={-1}>
            {chosen && chosen.kind !== result.recommendation.kind
              ? `You chose: ${PIECE_LABEL[chosen.kind]}`
              : `The guide suggests: ${PIECE_LABEL[result.recommendation.kind]}`}
          </h2>
          <p className="step-line">
            <span className="step-badge">Step {(chosen ?? result.recommendation).step}</span>{' '}
            {STEP_TITLE[(chosen ?? result.recommendation).step]}
            {chosen && chosen.kind !== result.recommendation.kind ? (
              <span className="muted"> · the guide suggests: {PIECE_LABEL[result.recommendation.kind]}</span>
            ) : null}
          </p>
          <h3>Why</h3>
          <ul className="reasons">
            {result.reasons.map((r) => (
              <li key={r.text}>
                <span className="step-badge small">Step {r.step}</span> {r.text}
              </li>
            ))}
          </ul>
          <h3>Keep in mind</h3>
          <ul className="cautions">
            {result.cautions.map((c) => (
              <li key={c.text}>
                <span className="step-badge small">Step {c.step}</span> {c.text}
              </li>
            ))}
          </ul>

          {chosen ? (
            <div className="choose-template">
              {chosen !== result.recommendation && chosen.caution ? (
                <p className="caution" role="note">
                  <strong>Before you choose this:</strong> {chosen.caution}
                </p>
              ) : null}
              <fieldset className="field">
                <legend>Pick a starting point for your {KIND_LABEL[chosen.kind as Kind].toLowerCase()}</legend>
                <div className="template-choices">
                  {chosenTemplates.map((t) => (
                    <label key={t.id} className={`template-choice${templateId === t.id ? ' selected' : ''}`}>
                      <input
                        type="radio"
                        name="template"
                        value={t.id}
                        checked={templateId === t.id}
                        onChange={() => setTemplateId(t.id)}
                      />
                      <span className="template-choice-title">{t.title}</span>
                      <span className="muted">{t.description}</span>
                    </label>
                  ))}
                  {chosenTemplates.length === 0 ? (
                    <p className="muted">No template of this kind is installed.</p>
                  ) : null}
                </div>
              </fieldset>
              <button type="button" className="primary large" disabled={!templateId} onClick={start}>
                Write the {KIND_LABEL[chosen.kind as Kind].toLowerCase()}
              </button>
            </div>
          ) : (
            <p className="wait-note">
              For now the kindest thing is to wait. You can still look at other pieces below, with the guide’s caution.
            </p>
          )}

          <div className="others">
            <button type="button" className="quiet" aria-expanded={showOthers} onClick={() => setShowOthers((v) => !v)}>
              {showOthers ? 'Hide other pieces' : 'Choose another piece'}
            </button>
            {showOthers ? (
              <ul className="plain-list other-pieces">
                {result.recommendation.kind !== 'wait' && chosen !== result.recommendation ? (
                  <li>
                    <button type="button" onClick={() => choose(result.recommendation)}>
                      Back to the suggestion: {PIECE_LABEL[result.recommendation.kind]}
                    </button>
                  </li>
                ) : null}
                {[...alternatives, ...others].map((s) => (
                  <li key={s.kind} className="other-piece">
                    <button type="button" aria-pressed={chosen?.kind === s.kind} onClick={() => choose(s)}>
                      {PIECE_LABEL[s.kind]}
                    </button>
                    {s.caution ? <span className="muted">{s.caution}</span> : null}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        </section>
      ) : null}

      {warnWaiting && result ? (
        <ConfirmDialog
          title={`You are in a waiting period with ${answers.name.trim()}`}
          body={
            <>
              <p>
                {mailed ? `Your ${mailed.kind ?? 'piece'} went out on ${formatDate(mailed.at)}. ` : ''}
                {result.waitDaysLeft !== undefined
                  ? `The guide suggests giving it about ${plural(result.waitDaysLeft, 'more day')} before ` +
                    `anything else.`
                  : 'After a letter, the guide suggests waiting and doing nothing else: the next move is theirs.'}
              </p>
              <p>
                Starting something new now can feel like pressure, however kindly it is meant. You can still look, and
                decide.
              </p>
            </>
          }
          actions={[
            { label: 'Go back home', primary: true, run: () => onCancel() },
            { label: 'I understand, show me anyway', run: () => setWarnWaiting(false) },
          ]}
          onCancel={() => setWarnWaiting(false)}
        />
      ) : null}
    </div>
  );
}
