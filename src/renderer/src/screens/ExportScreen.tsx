import { useEffect, useId, useState } from 'react';
import type { Draft } from '../../../shared/ipc';
import type { Layout } from '../../../core/types';
import { describeError, olive, unwrap } from '../api';
import { docTitle, type OpenDoc } from '../document';
import { LAYOUT_LABEL, PAPER_LABEL } from '../labels';

interface Props {
  doc: OpenDoc;
  onBack: () => void;
  /** Saves the draft (asking where, when it has no file yet), so its mailed date is kept. */
  onSaveFirst: () => Promise<string | null>;
  onMailed: (draft: Draft, path: string | null) => void;
  onError: (error: unknown) => void;
}

interface Exported {
  what: string;
  path: string;
  pages: number;
  warnings: string[];
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const FOLD_TIPS: Partial<Record<Layout, string>> = {
  'quarter-fold': 'Fold the sheet in half from top to bottom, printed side out, then in half again from left to right. The front ends up on the outside.',
  'half-fold': 'Print both pages on one sheet (two-sided). Flip on the short edge. Then fold in half, the front outward.',
  note: 'Cut along the dotted guides, then tuck the note in with the two movie passes.',
  letter: 'Fold the pages in three to fit a standard envelope, the first page’s top third outward.',
};

export function ExportScreen({ doc, onBack, onSaveFirst, onMailed, onError }: Props) {
  const { draft } = doc;
  const [exported, setExported] = useState<Exported[]>([]);
  const [working, setWorking] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [mailedOn, setMailedOn] = useState(today());
  const [messageText, setMessageText] = useState<string>('');
  const [copied, setCopied] = useState(false);
  const dateId = useId();
  const isMessage = draft.kind === 'message';

  useEffect(() => {
    if (!isMessage) return;
    unwrap(olive().templates.render({ draft }))
      .then((rendered) => setMessageText(rendered.text))
      .catch(onError);
  }, [draft, isMessage, onError]);

  const exportPdf = async (layout?: Layout) => {
    const what = layout === 'envelope' ? 'Envelope' : `${docTitle(draft)}`;
    setWorking(layout ?? 'piece');
    setProblem(null);
    try {
      const result = await unwrap(olive().pdf.export(layout ? { draft, layout } : { draft }));
      if (result.status === 'saved') setExported((list) => [...list.filter((e) => e.what !== what), { what, path: result.path, pages: result.pages, warnings: result.warnings }]);
    } catch (error) {
      setProblem(describeError(error));
    } finally {
      setWorking(null);
    }
  };

  const print = async (layout?: Layout) => {
    setWorking(`print-${layout ?? 'piece'}`);
    setProblem(null);
    try {
      await unwrap(olive().pdf.print(layout ? { draft, layout } : { draft }));
    } catch (error) {
      setProblem(describeError(error));
    } finally {
      setWorking(null);
    }
  };

  const markMailed = async () => {
    setProblem(null);
    try {
      const [y, m, d] = mailedOn.split('-').map(Number);
      const now = new Date();
      const when = y && m && d ? new Date(y, m - 1, d, now.getHours(), now.getMinutes()) : now;
      // The mailed date lives in the draft file, so an unsaved draft is saved first (the writer may decline).
      const path = doc.path ?? (await onSaveFirst());
      const result = await unwrap(olive().contacts.markMailed({ docId: doc.docId, path, draft, mailedAt: (when > now ? now : when).toISOString() }));
      onMailed(result.draft, result.path);
    } catch (error) {
      onError(error);
    }
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(messageText);
      setCopied(true);
    } catch {
      setProblem('Copying was not allowed here; select the text and copy it by hand.');
    }
  };

  return (
    <div className="export">
      <div className="editor-head">
        <div>
          <h1>{isMessage ? 'Send your message' : 'Print and post'}</h1>
          <p className="muted">{docTitle(draft)}</p>
        </div>
        <button type="button" onClick={onBack}>
          Back to writing
        </button>
      </div>

      {problem ? (
        <p className="problem panel" role="alert">
          {problem}
        </p>
      ) : null}

      {isMessage ? (
        <section className="panel" aria-labelledby="msg-title">
          <h2 id="msg-title">Your message</h2>
          <pre className="message-text" tabIndex={0} aria-label="Message text">
            {messageText}
          </pre>
          <div className="actions">
            <button type="button" className="primary" onClick={() => void copy()}>
              Copy the text
            </button>
            <span role="status">{copied ? 'Copied.' : ''}</span>
          </div>
          <p className="muted">Send it once, from your own phone or email. If it goes unanswered, do not follow it with another: a card by post is the next step.</p>
        </section>
      ) : (
        <div className="export-grid">
          <section className="panel" aria-labelledby="pdf-title">
            <h2 id="pdf-title">The {draft.kind}</h2>
            <p className="muted">
              {LAYOUT_LABEL[draft.layout.fold]} on {PAPER_LABEL[draft.layout.paper]} paper.
            </p>
            <div className="actions">
              <button type="button" className="primary" disabled={working !== null} onClick={() => void exportPdf()}>
                {working === 'piece' ? 'Saving…' : 'Save PDF…'}
              </button>
              <button type="button" disabled={working !== null} onClick={() => void print()}>
                Print…
              </button>
            </div>
            <h3>Envelope</h3>
            <p className="muted">{draft.recipient.address ? 'With the addresses you gave.' : 'Add their address under “Envelope addresses” while writing, or write it by hand.'}</p>
            <div className="actions">
              <button type="button" disabled={working !== null} onClick={() => void exportPdf('envelope')}>
                {working === 'envelope' ? 'Saving…' : 'Save envelope PDF…'}
              </button>
              <button type="button" disabled={working !== null} onClick={() => void print('envelope')}>
                Print envelope…
              </button>
            </div>
            {exported.length ? (
              <ul className="plain-list exported" aria-label="Saved files">
                {exported.map((e) => (
                  <li key={e.what} className="exported-item">
                    <span>
                      <strong>{e.what}</strong> saved: <code>{e.path}</code> ({e.pages === 1 ? 'one page' : `${e.pages} pages`})
                      {e.warnings.length ? <span className="warn-text"> {e.warnings.join(' ')}</span> : null}
                    </span>
                    <button type="button" className="quiet" onClick={() => void olive().shell.reveal({ path: e.path })}>
                      Show in folder
                    </button>
                  </li>
                ))}
              </ul>
            ) : null}
          </section>

          <section className="panel tips" aria-labelledby="tips-title">
            <h2 id="tips-title">Printing tips</h2>
            <ul>
              <li>
                Print at <strong>actual size</strong> (100%), not “fit to page”: the folds and margins are measured for real paper.
              </li>
              <li>Try once on plain paper first; then use card stock if your printer takes it.</li>
              {FOLD_TIPS[draft.layout.fold] ? <li>{FOLD_TIPS[draft.layout.fold]}</li> : null}
              <li>Write nothing else on the envelope but the addresses. A stamp, and it is ready.</li>
            </ul>
          </section>
        </div>
      )}

      <section className="panel mail" aria-labelledby="mail-title">
        <h2 id="mail-title">{isMessage ? 'Once it is sent' : 'Once it is in the post'}</h2>
        <p>Mark it {isMessage ? 'as sent' : 'as mailed'} so the desk can help you wait well. Afterwards, do not call or text to ask whether it arrived.</p>
        <div className="row align-end">
          <div className="field">
            <label htmlFor={dateId}>{isMessage ? 'Sent on' : 'Mailed on'}</label>
            <input id={dateId} type="date" value={mailedOn} max={today()} onChange={(e) => setMailedOn(e.target.value)} />
          </div>
          <button type="button" className="primary" onClick={() => void markMailed()} disabled={Boolean(draft.mailedAt)}>
            {draft.mailedAt ? 'Already marked' : isMessage ? 'Mark as sent' : 'Mark as mailed'}
          </button>
        </div>
        {!isMessage && exported.length === 0 && !draft.mailedAt ? <p className="muted small">Save or print it first; then mark it once it is really in the post.</p> : null}
      </section>
    </div>
  );
}
