import { useId, useState } from 'react';
import type { ContactEntry, Draft } from '../../../shared/ipc';
import { KIND_WORD } from '../../../core/pieces/kinds';
import { olive, unwrap } from '../api';
import { sameRecipient } from '../document';
import { formatDate } from '../labels';

type Channel = ContactEntry['channel'];
// Listed here rather than imported: a value import from the contract would pull zod into the start-up bundle.
const CONTACT_CHANNELS: Channel[] = ['text', 'email', 'call', 'post', 'in-person', 'other'];
const CHANNEL_LABEL: Record<Channel, string> = {
  text: 'Text',
  email: 'Email',
  call: 'Call',
  post: 'Post',
  'in-person': 'In person',
  other: 'Other',
};

interface Props {
  draft: Draft;
  entries: ContactEntry[] | null;
  onEntries: (entries: ContactEntry[]) => void;
  onError: (error: unknown) => void;
}

/** Every contact with them, both ways, and a form to add one (the guide reads it). */
export function ContactLog({ draft, entries, onEntries, onError }: Props) {
  const [everyone, setEveryone] = useState(false);
  const [adding, setAdding] = useState<{ direction: 'received' | 'sent'; channel: Channel; note: string }>({
    direction: 'received',
    channel: 'text',
    note: '',
  });
  const ids = { title: useId(), dir: useId(), channel: useId(), note: useId() };
  const name = draft.recipient.name;
  const shown = (entries ?? [])
    .filter((e) => everyone || sameRecipient(e.recipient, name))
    .sort((a, b) => b.at.localeCompare(a.at));

  const add = async (event: React.FormEvent) => {
    event.preventDefault();
    try {
      const next = await unwrap(
        olive().contacts.append({
          recipient: name,
          channel: adding.channel,
          direction: adding.direction,
          ...(adding.note.trim() ? { note: adding.note.trim() } : {}),
        }),
      );
      onEntries(next.entries);
      setAdding((a) => ({ ...a, note: '' }));
    } catch (error) {
      onError(error);
    }
  };

  return (
    <section className="panel" aria-labelledby={ids.title}>
      <h2 id={ids.title}>Contact log</h2>
      <label className="choice">
        <input type="checkbox" checked={everyone} onChange={(e) => setEveryone(e.target.checked)} />
        Show everyone, not just {name}
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
                  {e.kind ? KIND_WORD[e.kind] : ''}
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
            <select
              id={ids.dir}
              value={adding.direction}
              onChange={(e) => setAdding((a) => ({ ...a, direction: e.target.value as 'received' | 'sent' }))}
            >
              <option value="received">{name} reached out</option>
              <option value="sent">I reached out</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.channel}>How</label>
            <select
              id={ids.channel}
              value={adding.channel}
              onChange={(e) => setAdding((a) => ({ ...a, channel: e.target.value as Channel }))}
            >
              {CONTACT_CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {CHANNEL_LABEL[c]}
                </option>
              ))}
            </select>
          </div>
          <div className="field grow">
            <label htmlFor={ids.note}>Note (optional)</label>
            <input
              id={ids.note}
              type="text"
              value={adding.note}
              onChange={(e) => setAdding((a) => ({ ...a, note: e.target.value }))}
            />
          </div>
          <button type="submit">Add</button>
        </div>
      </form>
    </section>
  );
}
