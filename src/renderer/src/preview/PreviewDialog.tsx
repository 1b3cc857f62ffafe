import { useEffect, useId, useRef, useState } from 'react';
import type { Layout } from '../../../core/types';
import { ModalDialog } from '../ui/ModalDialog';
import { drawFolded, drawPage } from './draw';
import { foldedViews } from './folded';
import { loadPdf } from './pdfjs';

interface Props {
  bytes: Uint8Array;
  layout: Layout;
  label: string;
  onClose: () => void;
}

type Mode = 'printed' | 'folded';

/** The largest width a page can take on screen, leaving room for the dialog's controls. */
function fitWidth(pageRatio: number): number {
  const byWidth = Math.min(window.innerWidth * 0.9 - 48, 1100);
  const byHeight = (window.innerHeight - 190) / pageRatio;
  return Math.max(240, Math.floor(Math.min(byWidth, byHeight)));
}

/**
 * The preview full size, one page at a time (arrow keys or the buttons), and for a folded card
 * "as folded": the front, the inside spread and the back, as they will be held.
 */
export function PreviewDialog({ bytes, layout, label, onClose }: Props) {
  const titleId = useId();
  const views = foldedViews(layout);
  const [mode, setMode] = useState<Mode>(views.length ? 'folded' : 'printed');
  const [index, setIndex] = useState(0);
  const [count, setCount] = useState(mode === 'folded' ? views.length : 1);
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const pdf = await loadPdf(bytes);
      try {
        const total = mode === 'folded' ? views.length : pdf.numPages;
        if (!cancelled) setCount(total);
        const at = Math.min(index, total - 1);
        const first = (await pdf.getPage(1)).getViewport({ scale: 1 });
        let canvas: HTMLCanvasElement;
        if (mode === 'folded') {
          const view = views[at];
          if (!view) return;
          const cell = view.panels[0];
          const ratio = ((cell?.height ?? 1) * first.height) / ((cell?.width ?? 1) * first.width * view.panels.length);
          canvas = await drawFolded(pdf, view, fitWidth(ratio), `${label}, as folded: ${view.name.toLowerCase()}`);
        } else {
          const drawing = drawPage(
            pdf,
            at + 1,
            fitWidth(first.height / first.width),
            `${label}, page ${at + 1} of ${total}`,
          );
          await drawing.done;
          canvas = drawing.canvas;
        }
        if (!cancelled) host.current?.replaceChildren(canvas);
      } finally {
        void pdf.destroy();
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [bytes, mode, index, label, views]);

  const name = mode === 'folded' ? (views[index]?.name ?? '') : `Page ${index + 1} of ${count}`;
  const step = (by: number) => setIndex((i) => Math.min(count - 1, Math.max(0, i + by)));
  return (
    <ModalDialog labelledBy={titleId} onCancel={onClose}>
      <div
        className="preview-full"
        onKeyDown={(e) => {
          if (e.key === 'ArrowRight' || e.key === 'PageDown') step(1);
          else if (e.key === 'ArrowLeft' || e.key === 'PageUp') step(-1);
          else return;
          e.preventDefault();
        }}
      >
        <div className="preview-full-head">
          <h2 id={titleId}>
            {label} <span className="muted small">{name}</span>
          </h2>
          {views.length ? (
            <fieldset className="choices inline">
              <legend className="visually-hidden">Show it</legend>
              {(['folded', 'printed'] as Mode[]).map((m) => (
                <label key={m} className="choice">
                  <input
                    type="radio"
                    name={`${titleId}-mode`}
                    checked={mode === m}
                    onChange={() => {
                      setMode(m);
                      setIndex(0);
                    }}
                  />
                  {m === 'folded' ? 'As folded' : 'As printed'}
                </label>
              ))}
            </fieldset>
          ) : null}
        </div>
        <div className="preview-full-page" ref={host} aria-live="polite" />
        <div className="actions">
          <button type="button" onClick={() => step(-1)} disabled={index === 0}>
            ← {mode === 'folded' ? 'Previous side' : 'Previous page'}
          </button>
          <button type="button" onClick={() => step(1)} disabled={index >= count - 1}>
            {mode === 'folded' ? 'Next side' : 'Next page'} →
          </button>
          <button type="button" className="primary" onClick={onClose} autoFocus>
            Close
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
