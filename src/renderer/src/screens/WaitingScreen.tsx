import { useEffect, useId, useState } from 'react';
import type { ContactEntry, GuideResult } from '../../../shared/ipc';
import { olive, unwrap } from '../api';
import { sameRecipient, type OpenDoc } from '../document';
import { KIND_SHORT, daysBetween, formatDate, plural } from '../labels';
import { ConfirmDialog } from '../ui/ConfirmDialog';

interface Props {
  doc: OpenDoc;
  onHome: () => void;
  onNewDraft: () => void;
  onError: (error: unknown) => void;
}

type Channel = ContactEntry['channel'];
// Listed here rather than imported: a value import from the contract would pull zod into the start-up bundle.
const CONTACT_CHANNELS: Channel[] = ['text', 'email', 'call', 'post', 'in-person', 'other'];
const CHANNEL_LABEL: Record<Channel, string> = { text: 'Text', email: 'Email', call: 'Call', post: 'Post', 'in-person': 'In person', other: 'Other' };

export function WaitingScreen({ doc, onHome, onNewDraft, onError }: Props) {
  const { draft } = doc;
  const mailedAt = draft.mailedAt;
  const [guide, setGuide] = useState<GuideResult | null>(null);
  const [log, setLog] = useState<ContactEntry[]>([]);
  const [everyone, setEveryone] = useState(false);
  const [warn, setWarn] = useState(false);
  const [adding, setAdding] = useState<{ direction: 'received' | 'sent'; channel: Channel; note: string }>({ direction: 'received', channel: 'text', note: '' });
  const ids = { dir: useId(), channel: useId(), note: useId() };

  useEffect(() => {
    let live = true;
    Promise.all([
      unwrap(olive().contacts.get()),
      unwrap(
        olive().guide.recommend({
          unanswered: draft.situation.unanswered,
          heard: draft.situation.heard,
          want: draft.intent,
          pronouns: draft.recipient.pronouns,
          ...(mailedAt ? { mailed: { date: mailedAt, kind: draft.kind } } : {}),
        }),
      ),
    ])
      .then(([contacts, advice]) => {
        if (!live) return;
        setLog(contacts.entries);
        setGuide(advice);
      })
      .catch(onError);
    return () => {
      live = false;
    };
  }, [draft.situation.unanswered, draft.situation.heard, draft.intent, draft.kind, draft.recipient.pronouns, mailedAt, onError]);

  const days = guide?.daysSinceMailed ?? (mailedAt ? daysBetween(mailedAt) : 0);
  const waiting = guide?.recommendation.kind === 'wait';
  const shown = log.filter((e) => everyone || sameRecipient(e.recipient, draft.recipient.name)).sort((a, b) => b.at.localeCompare(a.at));

  const add = async (event: React.FormEvent) => {
    event.preventDefault();
    try {
      const next = await unwrap(
        olive().contacts.append({
          recipient: draft.recipient.name,
          channel: adding.channel,
          direction: adding.direction,
          ...(adding.note.trim() ? { note: adding.note.trim() } : {}),
        }),
      );
      setLog(next.entries);
      setAdding((a) => ({ ...a, note: '' }));
    } catch (error) {
      onError(error);
    }
  };

  return (
    <div className="waiting">
      <section className="panel waiting-hero" aria-labelledby="wait-title">
        <h1 id="wait-title">Now, let it be.</h1>
        {mailedAt ? (
          <p className="days" aria-live="polite">
            <span className="days-number">{days}</span>
            <span className="days-label">
              {days === 1 ? 'day' : 'days'} since your {KIND_SHORT[draft.kind].toLowerCase()} to {draft.recipient.name} went out on {formatDate(mailedAt)}
            </span>
          </p>
        ) : (
          <p>This draft has not been mailed yet.</p>
        )}
        {guide?.waitDaysLeft !== undefined ? (
          <p className="muted">
            The guide suggests about {plural(guide.waitDaysLeft, 'more day')} before any other step.
          </p>
        ) : null}
      </section>

      <div className="export-grid">
        <section className="panel" aria-labelledby="advice-title">
          <h2 id="advice-title">The guide’s advice</h2>
          {guide ? (
            <ul className="reasons">
              {[...guide.reasons, ...guide.cautions].map((n) => (
                <li key={n.text}>
                  <span className="step-badge small">Step {n.step}</span> {n.text}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">Loading…</p>
          )}
        </section>

        <section className="panel" aria-labelledby="log-title">
          <h2 id="log-title">Contact log</h2>
          <label className="choice">
            <input type="checkbox" checked={everyone} onChange={(e) => setEveryone(e.target.checked)} />
            Show everyone, not just {draft.recipient.name}
          </label>
          {shown.length === 0 ? (
            <p className="muted">Nothing logged yet.</p>
          ) : (
            <table className="log">
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Who</th>
                  <th scope="col">How</th>
                  <th scope="col">What</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((e) => (
                  <tr key={e.id}>
                    <td>{formatDate(e.at)}</td>
                    <td>{e.direction === 'sent' ? `You to ${e.recipient}` : `${e.recipient} to you`}</td>
                    <td>{CHANNEL_LABEL[e.channel]}</td>
                    <td>
                      {e.kind ? KIND_SHORT[e.kind] : ''}
                      {e.note ? ` ${e.note}` : ''}
                      {e.direction === 'sent' && !e.answered ? <span className="muted small"> (no answer yet)</span> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <form className="log-form" onSubmit={(e) => void add(e)}>
            <h3>Add to the log</h3>
            <div className="row align-end">
              <div className="field">
                <label htmlFor={ids.dir}>What happened</label>
                <select id={ids.dir} value={adding.direction} onChange={(e) => setAdding((a) => ({ ...a, direction: e.target.value as 'received' | 'sent' }))}>
                  <option value="received">{draft.recipient.name} reached out</option>
                  <option value="sent">I reached out</option>
                </select>
              </div>
              <div className="field">
                <label htmlFor={ids.channel}>How</label>
                <select id={ids.channel} value={adding.channel} onChange={(e) => setAdding((a) => ({ ...a, channel: e.target.value as Channel }))}>
                  {CONTACT_CHANNELS.map((c) => (
                    <option key={c} value={c}>
                      {CHANNEL_LABEL[c]}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field grow">
                <label htmlFor={ids.note}>Note (optional)</label>
                <input id={ids.note} type="text" value={adding.note} onChange={(e) => setAdding((a) => ({ ...a, note: e.target.value }))} />
              </div>
              <button type="submit">Add</button>
            </div>
          </form>
        </section>
      </div>

      <div className="actions">
        <button type="button" className="primary" onClick={onHome}>
          Back to home
        </button>
        <button type="button" onClick={() => (waiting ? setWarn(true) : onNewDraft())}>
          Start a new draft…
        </button>
      </div>

      {warn ? (
        <ConfirmDialog
          title="You are still in the waiting period"
          body={
            <p>
              Your {KIND_SHORT[draft.kind].toLowerCase()} to {draft.recipient.name} went out {plural(days, 'day')} ago.
              {guide?.waitDaysLeft !== undefined ? ` The guide suggests about ${plural(guide.waitDaysLeft, 'more day')} of quiet.` : ' After a letter, the next move is theirs.'} Writing to someone else is fine;
              another piece to {draft.recipient.name} now could feel like pressure.
            </p>
          }
          actions={[
            { label: 'Keep waiting', primary: true, run: () => setWarn(false) },
            {
              label: 'Start a new draft anyway',
              run: () => {
                setWarn(false);
                onNewDraft();
              },
            },
          ]}
          onCancel={() => setWarn(false)}
        />
      ) : null}
    </div>
  );
}
