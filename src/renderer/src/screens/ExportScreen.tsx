import { useId, useRef, useState } from 'react';
import type { Draft } from '../../../shared/ipc';
import { isPosted, kindNoun } from '../../../core/pieces/kinds';
import type { Layout } from '../../../core/types';
import { describeError, olive, unwrap } from '../api';
import { docTitle, type OpenDoc } from '../document';
import { useScreenFocus } from '../hooks/useScreenFocus';
import { usePieceVerdict } from '../hooks/usePieceVerdict';
import { LAYOUT_LABEL, PAPER_LABEL } from '../labels';
import { MarkMailed } from '../last-step/MarkMailed';
import { MessageOut } from '../last-step/MessageOut';
import { isClean, ReviewPanel } from '../last-step/ReviewPanel';
import { PreviewPanel } from '../preview/PreviewPanel';

interface Props {
  doc: OpenDoc;
  onBack: () => void;
  /** Saves the draft (asking where, when it has no file yet); resolves to its path, or null. */
  onSave: () => Promise<string | null>;
  onPrinted: () => void;
  onMailed: (draft: Draft, path: string | null) => void;
  onError: (error: unknown) => void;
}

interface Exported {
  what: string;
  path: string;
  pages: number;
  warnings: string[];
}

const FOLD_TIPS: Partial<Record<Layout, string>> = {
  'quarter-fold':
    'Fold the sheet in half from top to bottom, printed side out, then in half again from left to right. The ' +
    'front ends up on the outside.',
  'half-fold':
    'Print both pages on one sheet (two-sided). Flip on the short edge. Then fold in half, the front outward.',
  note: 'Cut along the corner marks, then tuck the note in with the two movie passes.',
  letter: 'Fold the pages in three to fit a standard envelope, the first page’s top third outward.',
};

/**
 * The last step, made deliberate: the verdict on the piece with its preview, and the print, PDF
 * and mark-as-mailed actions open only when nothing is open or kept, or once the writer chooses
 * "Send it as it is".
 */
export default function ExportScreen({ doc, onBack, onSave, onPrinted, onMailed, onError }: Props) {
  const { draft } = doc;
  const [printProblem, setPrintProblem] = useState<string | null>(null);
  const verdict = usePieceVerdict(draft, printProblem, onError);
  const [confirmed, setConfirmed] = useState(false);
  const [exported, setExported] = useState<Exported[]>([]);
  const [working, setWorking] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const actionsId = useId();
  useScreenFocus(heading);
  const posted = isPosted(draft.kind);
  const cleared = verdict !== null && (isClean(verdict) || confirmed);

  const exportPdf = async (layout?: Layout) => {
    const what = layout === 'envelope' ? 'Envelope' : docTitle(draft);
    setWorking(layout ?? 'piece');
    setProblem(null);
    try {
      const result = await unwrap(olive().pdf.export(layout ? { draft, layout } : { draft }));
      if (result.status === 'saved') {
        setExported((list) => [
          ...list.filter((e) => e.what !== what),
          { what, path: result.path, pages: result.pages, warnings: result.warnings },
        ]);
        if (layout !== 'envelope') onPrinted();
      }
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
      const result = await unwrap(olive().pdf.print(layout ? { draft, layout } : { draft }));
      if (result.status !== 'canceled' && layout !== 'envelope') onPrinted();
    } catch (error) {
      setProblem(describeError(error));
    } finally {
      setWorking(null);
    }
  };

  return (
    <div className="export">
      <div className="editor-head">
        <div>
          <h1 ref={heading} tabIndex={-1}>
            {posted ? 'Print and post' : 'Send your message'}
          </h1>
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

      <div className="last-step-grid">
        <div className="last-step-main">
          <ReviewPanel verdict={verdict} confirmed={confirmed} onConfirm={() => setConfirmed(true)} onBack={onBack} />

          {posted ? (
            <section className="panel" aria-labelledby="pdf-title" aria-describedby={cleared ? undefined : actionsId}>
              <h2 id="pdf-title">The {kindNoun(draft.kind)}</h2>
              <p className="muted">
                {LAYOUT_LABEL[draft.layout.fold]} on {PAPER_LABEL[draft.layout.paper]} paper.
              </p>
              {cleared ? null : (
                <p id={actionsId} className="muted small">
                  Look over what is still open above first, or choose “Send it as it is”.
                </p>
              )}
              <div className="actions">
                <button
                  type="button"
                  className="primary"
                  disabled={!cleared || working !== null}
                  onClick={() => void exportPdf()}
                >
                  {working === 'piece' ? 'Saving…' : 'Save PDF…'}
                </button>
                <button type="button" disabled={!cleared || working !== null} onClick={() => void print()}>
                  Print…
                </button>
              </div>
              <h3>Envelope</h3>
              <p className="muted">
                {draft.recipient.address
                  ? 'With the addresses you gave.'
                  : 'Add their address under “Envelope addresses” while writing, or write it by hand.'}
              </p>
              <div className="actions">
                <button
                  type="button"
                  disabled={!cleared || working !== null}
                  onClick={() => void exportPdf('envelope')}
                >
                  {working === 'envelope' ? 'Saving…' : 'Save envelope PDF…'}
                </button>
                <button type="button" disabled={!cleared || working !== null} onClick={() => void print('envelope')}>
                  Print envelope…
                </button>
              </div>
              {exported.length ? (
                <ul className="plain-list exported" aria-label="Saved files">
                  {exported.map((e) => (
                    <li key={e.what} className="exported-item">
                      <span>
                        <strong>{e.what}</strong> saved: <code>{e.path}</code> (
                        {e.pages === 1 ? 'one page' : `${e.pages} pages`})
                        {e.warnings.length ? <span className="warn-text"> {e.warnings.join(' ')}</span> : null}
                      </span>
                      <button
                        type="button"
                        className="quiet"
                        onClick={() => void olive().shell.reveal({ path: e.path })}
                      >
                        Show in folder
                      </button>
                    </li>
                  ))}
                </ul>
              ) : null}
              <h3>Printing tips</h3>
              <ul className="tips">
                <li>
                  Print at <strong>actual size</strong> (100%), not “fit to page”: the folds and margins are measured
                  for real paper.
                </li>
                <li>Try once on plain paper first; then use card stock if your printer takes it.</li>
                {FOLD_TIPS[draft.layout.fold] ? <li>{FOLD_TIPS[draft.layout.fold]}</li> : null}
                <li>Write nothing else on the envelope but the addresses. A stamp, and it is ready.</li>
              </ul>
            </section>
          ) : (
            <MessageOut draft={draft} cleared={cleared} onError={onError} />
          )}

          <MarkMailed doc={doc} cleared={cleared} onSave={onSave} onMailed={onMailed} onError={onError} />
        </div>
        {posted ? (
          <div className="last-step-side">
            <PreviewPanel draft={draft} onProblem={setPrintProblem} />
          </div>
        ) : null}
      </div>
    </div>
  );
}
