import { useEffect, useRef, useState } from 'react';
import type { Draft } from '../../../shared/ipc';
import type { Layout } from '../../../core/types';
import { describeError, olive, unwrap } from '../api';
import type { RenderTask } from 'pdfjs-dist';
import { loadPdf } from './pdfjs';

/**
 * Wait this long after the draft changes (which itself follows the last key by SETTLE_MS), so the
 * whole refresh, PDF and drawing included, lands within 300 ms of a pause.
 */
export const PREVIEW_DEBOUNCE_MS = 90000;

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
  const [rendered, setRendered] = useState(0);

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
            const texts: string[] = [];
            for (let n = 1; n <= pdf.numPages; n++) {
              if (stale()) return;
              const page = await pdf.getPage(n);
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
              const content = await page.getTextContent();
              texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
              canvases.push(canvas);
            }
            if (stale() || !pagesRef.current) return;
            pagesRef.current.replaceChildren(...canvases);
            setState({ status: 'ready', pages: pdf.numPages, warnings: preview.warnings, text: texts.join('\n') });
            setRendered((r) => r + 1);
          } finally {
            void pdf.destroy();
          }
        } catch (error) {
          if (!stale() && !(error instanceof Error && error.name === 'RenderingCancelledException')) setState({ status: 'error', message: describeError(error) });
        }
      })();
    }, PREVIEW_DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      cancelled = true;
      task?.cancel();
    };
  }, [draft, layout, label, width]);

  return (
    <figure className={`pdf-preview ${className ?? ''}`} data-state={state.status} data-rendered={rendered} data-pdf-text={state.status === 'ready' ? state.text : undefined} aria-busy={state.status === 'loading'}>
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
