import { useId, useState } from 'react';
import type { Draft } from '../../../shared/ipc';
import { isPosted, kindNoun, lastStep } from '../../../core/pieces/kinds';
import { olive, unwrap } from '../api';
import type { OpenDoc } from '../document';
import { ConfirmDialog, type DialogAction } from '../ui/ConfirmDialog';

interface Props {
  doc: OpenDoc;
  /** Nothing open, or the writer chose to send it as it is. */
  cleared: boolean;
  onSave: () => Promise<string | null>;
  onMailed: (draft: Draft, path: string | null) => void;
  onError: (error: unknown) => void;
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The chosen day at the current time, never in the future. */
function mailedAt(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const now = new Date();
  const when = y && m && d ? new Date(y, m - 1, d, now.getHours(), now.getMinutes()) : now;
  return (when > now ? now : when).toISOString();
}

/**
 * "Mark as mailed": the date it went out, so the desk can help the writer wait. A piece that is
 * not saved to a file, or was never printed from here, is asked about first.
 */
export function MarkMailed({ doc, cleared, onSave, onMailed, onError }: Props) {
  const { draft } = doc;
  const [day, setDay] = useState(today());
  const [asking, setAsking] = useState(false);
  const dateId = useId();
  const step = lastStep(draft.kind);
  const piece = kindNoun(draft.kind);
  const unsaved = doc.dirty || doc.path === null;
  const unprinted = isPosted(draft.kind) && !doc.printed;

  const mark = async (save: boolean) => {
    setAsking(false);
    try {
      const path = save ? await onSave() : doc.path;
      if (save && path === null) return;
      // Saved just now, the draft in the file is the one to mark; else the draft as it is here.
      const result = await unwrap(
        olive().contacts.markMailed({
          docId: doc.docId,
          path: doc.dirty && !save ? null : path,
          draft,
          mailedAt: mailedAt(day),
        }),
      );
      onMailed(result.draft, result.path);
    } catch (error) {
      onError(error);
    }
  };

  const worries = [
    unsaved
      ? doc.path === null
        ? `It is not saved to a file yet, so the ${piece} and its mailing date would be lost when you close the app.`
        : 'It has changes that are not saved to its file yet.'
      : null,
    unprinted ? `You have not printed it or saved it as a PDF from here.` : null,
  ].filter((w): w is string => w !== null);

  const actions: DialogAction[] = [
    ...(unsaved ? [{ label: `Save, then ${step.mark.toLowerCase()}`, primary: true, run: () => mark(true) }] : []),
    { label: `${step.mark} anyway`, primary: !unsaved, run: () => mark(false) },
    { label: 'Not yet', run: () => setAsking(false) },
  ];

  return (
    <section className="panel mail" aria-labelledby="mail-title">
      <h2 id="mail-title">{isPosted(draft.kind) ? 'Once it is in the post' : 'Once it is sent'}</h2>
      <p>
        Mark it as {step.done} so the desk can help you wait well. Afterwards, do not call or text to ask whether it
        arrived.
      </p>
      <div className="row align-end">
        <div className="field">
          <label htmlFor={dateId}>{isPosted(draft.kind) ? 'Mailed on' : 'Sent on'}</label>
          <input id={dateId} type="date" value={day} max={today()} onChange={(e) => setDay(e.target.value)} />
        </div>
        <button
          type="button"
          className="primary"
          onClick={() => (worries.length ? setAsking(true) : void mark(false))}
          disabled={Boolean(draft.mailedAt) || !cleared}
        >
          {draft.mailedAt ? 'Already marked' : step.mark}
        </button>
      </div>
      {asking ? (
        <ConfirmDialog
          title={`Before you mark it as ${step.done}`}
          body={
            <ul>
              {worries.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          }
          actions={actions}
          onCancel={() => setAsking(false)}
        />
      ) : null}
    </section>
  );
}
