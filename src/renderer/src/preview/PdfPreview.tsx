import { useEffect, useRef, useState } from 'react';
import type { Draft } from '../../../shared/ipc';
import type { Layout } from '../../../core/types';
import { describeError, olive, unwrap } from '../api';
import type { RenderTask } from 'pdfjs-dist';
import { loadPdf } from './pdfjs';
import { onTyping } from '../editor/pending';

/**
 * Wait this long after the draft changes (which itself follows the last key by SETTLE_MS), so the
 * whole refresh, PDF and drawing included, lands within 300 ms of a pause.
 */
export const PREVIEW_DEBOUNCE_MS = 60;

interface Props {
  draft: Draft;
  layout?: Layout;
  label: string;
  /** CSS pixels the page is drawn at (its width). */
  width: number;
  className?: string;
}

type State = { status: 'loading' } | { status: 'ready'; pages: number; warnings: string[]; text: string } | { status: 'error'; message: string };

/**
 * The very PDF that Export writes, drawn by pdf.js. Each change of the draft asks main for fresh
 * bytes after a short pause; a newer change cancels the older drawing, and late answers are dropped.
 */
export function PdfPreview({ draft, layout, label, width, className }: Props) {
  const pagesRef = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<State>({ status: 'loading' });
  const [rendered, setRendered] = useState({ count: 0, at: 0 });

  useEffect(() => {
    let cancelled = false;
    const stale = () => cancelled;
    let task: RenderTask | null = null;
    const timer = window.setTimeout(() => {
      void (async () => {
        try {
          const preview = await unwrap(olive().pdf.preview(layout ? { draft, layout } : { draft }));
          if (stale()) return;
          const pdf = await loadPdf(preview.bytes);
          try {
            const canvases: HTMLCanvasElement[] = [];
            const pages = [];
            for (let n = 1; n <= pdf.numPages; n++) {
              if (stale()) return;
              const page = await pdf.getPage(n);
              pages.push(page);
              const base = page.getViewport({ scale: 1 });
              const ratio = window.devicePixelRatio || 1;
              const viewport = page.getViewport({ scale: (width / base.width) * ratio });
              const canvas = document.createElement('canvas');
              canvas.width = Math.ceil(viewport.width);
              canvas.height = Math.ceil(viewport.height);
              canvas.style.width = `${Math.round(viewport.width / ratio)}px`;
              canvas.style.height = `${Math.round(viewport.height / ratio)}px`;
              canvas.className = 'pdf-page';
              canvas.setAttribute('role', 'img');
              canvas.setAttribute('aria-label', `${label}, page ${n} of ${pdf.numPages}`);
              // pdf.js draws in short slices; a newer draft cancels the task, so typing never waits on a drawing.
              task = page.render({ canvas, viewport });
              await task.promise;
              task = null;
              canvases.push(canvas);
            }
            if (stale() || !pagesRef.current) return;
            pagesRef.current.replaceChildren(...canvases);
            const at = performance.now();
            // The words on the pages (for tests and assistive tech) come after the drawing, off its critical path.
            const texts = await Promise.all(pages.map(async (page) => (await page.getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' ')));
            if (stale()) return;
            setState({ status: 'ready', pages: pdf.numPages, warnings: preview.warnings, text: texts.join('\n') });
            setRendered((r) => ({ count: r.count + 1, at }));
          } finally {
            void pdf.destroy();
          }
        } catch (error) {
          if (!stale() && !(error instanceof Error && error.name === 'RenderingCancelledException')) setState({ status: 'error', message: describeError(error) });
        }
      })();
    }, PREVIEW_DEBOUNCE_MS);
    // A key while fetching or drawing: drop this round (the pause after it brings a fresh one).
    const offTyping = onTyping(() => {
      window.clearTimeout(timer);
      cancelled = true;
      task?.cancel();
    });
    return () => {
      offTyping();
      window.clearTimeout(timer);
      cancelled = true;
      task?.cancel();
    };
  }, [draft, layout, label, width]);

  return (
    <figure className={`pdf-preview ${className ?? ''}`} data-state={state.status} data-rendered={rendered.count} data-rendered-at={Math.round(rendered.at)} data-pdf-text={state.status === 'ready' ? state.text : undefined} aria-busy={state.status === 'loading'}>
      <div className="pdf-pages" ref={pagesRef} />
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
        ) : (
          'Drawing the preview…'
        )}
      </figcaption>
    </figure>
  );
}
