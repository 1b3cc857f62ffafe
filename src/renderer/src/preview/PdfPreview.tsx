import { useEffect, useRef, useState } from 'react';
import type { Draft } from '../../../shared/ipc';
import type { Layout } from '../../../core/types';
import { onTyping } from '../editor/pending';
import { drawPage, type Drawing } from './draw';
import { loadPdf } from './pdfjs';
import { usePreviewPdf, type PreviewState } from './usePreviewPdf';

interface Props {
  draft: Draft;
  layout?: Layout;
  label: string;
  /** CSS pixels the pages are drawn at (their width). */
  width: number;
  className?: string;
  /** Told when the layout refuses the piece (too long), and when it fits again. */
  onProblem?: (problem: string | null) => void;
  /** Opens the preview full size; the pages become one button. */
  onOpen?: (bytes: Uint8Array) => void;
}

/**
 * The very PDF that prints, drawn by pdf.js. A newer draft cancels an older drawing, and a piece
 * that no longer fits keeps its last drawing, dimmed, with the reason.
 */
export function PdfPreview({ draft, layout, label, width, className, onProblem, onOpen }: Props) {
  const state: PreviewState = usePreviewPdf(draft, layout);
  const pagesRef = useRef<HTMLDivElement>(null);
  /** `at`: when the first page of the newest PDF was in place; `allAt`: when the last was. */
  const [drawn, setDrawn] = useState<{ count: number; at: number; allAt: number; text: string; of: Uint8Array | null }>(
    { count: 0, at: 0, allAt: 0, text: '', of: null },
  );

  const problem = state.status === 'too-long' ? state.problem : null;
  useEffect(() => {
    onProblem?.(problem);
  }, [problem, onProblem]);

  const bytes = state.status === 'ready' ? state.bytes : null;
  useEffect(() => {
    if (!bytes) return;
    let cancelled = false;
    const drawings: Drawing[] = [];
    const stop = () => {
      cancelled = true;
      drawings.forEach((d) => d.cancel());
    };
    void (async () => {
      const pdf = await loadPdf(bytes);
      try {
        let at = 0;
        for (let n = 1; n <= pdf.numPages && !cancelled; n++) {
          const drawing = drawPage(pdf, n, width, `${label}, page ${n} of ${pdf.numPages}`);
          drawings.push(drawing);
          await drawing.done;
          const host = pagesRef.current;
          if (cancelled || !host) return;
          // Each page takes its place once drawn: the first pages, the ones in view, do not wait for the
          // last page of a long letter.
          const old = host.children[n - 1];
          if (old) old.replaceWith(drawing.canvas);
          else host.append(drawing.canvas);
          if (n === 1) at = performance.now();
        }
        const host = pagesRef.current;
        if (cancelled || !host) return;
        // Pages the new PDF no longer has.
        while (host.children.length > drawings.length) host.lastElementChild?.remove();
        const allAt = performance.now();
        // The words on the pages (for tests and assistive tech) come after the drawing, off its critical path.
        const texts = await Promise.all(
          drawings.map(async (_, i) =>
            (await (await pdf.getPage(i + 1)).getTextContent()).items
              .map((item) => ('str' in item ? item.str : ''))
              .join(' '),
          ),
        );
        if (!cancelled) setDrawn((d) => ({ count: d.count + 1, at, allAt, text: texts.join('\n'), of: bytes }));
      } catch (error) {
        if (!(error instanceof Error && error.name === 'RenderingCancelledException')) throw error;
      } finally {
        void pdf.destroy();
      }
    })();
    const offTyping = onTyping(stop);
    return () => {
      offTyping();
      stop();
    };
  }, [bytes, label, width]);

  // "ready" once the pages of these very bytes are drawn (tests and the perf bench wait for it).
  const shown = state.status === 'ready' && drawn.of !== state.bytes ? 'loading' : state.status;
  const pages = <div className="pdf-pages" ref={pagesRef} />;
  const last = state.bytes;
  return (
    <figure
      className={`pdf-preview ${className ?? ''}`}
      data-state={shown}
      data-rendered={drawn.count}
      data-rendered-at={Math.round(drawn.at)}
      data-rendered-all-at={Math.round(drawn.allAt)}
      data-pdf-text={drawn.count > 0 ? drawn.text : undefined}
      aria-busy={shown === 'loading'}
    >
      {onOpen && last ? (
        <button
          type="button"
          className="preview-open"
          onClick={() => onOpen(last)}
          aria-label={`${label}: open full size`}
        >
          {pages}
          <span className="preview-zoom" aria-hidden="true">
            Full size
          </span>
        </button>
      ) : (
        pages
      )}
      {problem ? (
        <p className="preview-problem" role="status">
          <strong>Too long to print.</strong> {problem} The preview shows the last version that fit.
        </p>
      ) : null}
      <figcaption>
        {state.status === 'error' ? (
          <span className="problem" role="alert">
            {state.message}
          </span>
        ) : state.status === 'ready' ? (
          <>
            {label}: {state.pages === 1 ? 'one sheet' : `${state.pages} pages`}
            {state.warnings.length ? <span className="warn-text"> · {state.warnings.join(' ')}</span> : null}
          </>
        ) : state.status === 'loading' ? (
          'Drawing the preview…'
        ) : null}
      </figcaption>
    </figure>
  );
}
