/** Drawing PDF pages with pdf.js onto canvases: whole pages, or a folded view cut from them. */
import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist';
import type { FoldedView } from './folded';

export interface Drawing {
  canvas: HTMLCanvasElement;
  /** Cancels the drawing if it is still going. */
  cancel: () => void;
  done: Promise<void>;
}

/** Draws page `n` (1-based) `width` CSS pixels wide, sharp on high-density screens. */
export function drawPage(pdf: PDFDocumentProxy, n: number, width: number, label: string): Drawing {
  const canvas = document.createElement('canvas');
  let task: RenderTask | null = null;
  let cancelled = false;
  const done = (async () => {
    const page = await pdf.getPage(n);
    if (cancelled) return;
    const base = page.getViewport({ scale: 1 });
    const ratio = window.devicePixelRatio || 1;
    const viewport = page.getViewport({ scale: (width / base.width) * ratio });
    canvas.width = Math.ceil(viewport.width);
    canvas.height = Math.ceil(viewport.height);
    canvas.style.width = `${Math.round(viewport.width / ratio)}px`;
    canvas.style.height = `${Math.round(viewport.height / ratio)}px`;
    canvas.className = 'pdf-page';
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', label);
    task = page.render({ canvas, viewport });
    await task.promise;
  })();
  return {
    canvas,
    cancel: () => {
      cancelled = true;
      task?.cancel();
    },
    done,
  };
}

/** Draws a folded view (front, inside spread or back) about `width` CSS pixels wide. */
export async function drawFolded(
  pdf: PDFDocumentProxy,
  view: FoldedView,
  width: number,
  label: string,
): Promise<HTMLCanvasElement> {
  const pages = new Map<number, HTMLCanvasElement>();
  const first = await pdf.getPage(view.panels[0]?.page ?? 1);
  const base = first.getViewport({ scale: 1 });
  const panelWidth = width / view.panels.length;
  // Each page drawn once, large enough that a panel cut from it is `panelWidth` wide.
  const sheetWidth = panelWidth / (view.panels[0]?.width ?? 1);
  for (const panel of view.panels) {
    if (pages.has(panel.page)) continue;
    const drawing = drawPage(pdf, panel.page, sheetWidth, '');
    await drawing.done;
    pages.set(panel.page, drawing.canvas);
  }
  const ratio = window.devicePixelRatio || 1;
  const sheetHeight = sheetWidth * (base.height / base.width);
  const out = document.createElement('canvas');
  const cellW = Math.round(panelWidth * ratio);
  const cellH = Math.round(sheetHeight * (view.panels[0]?.height ?? 1) * ratio);
  out.width = cellW * view.panels.length;
  out.height = cellH;
  out.style.width = `${Math.round(out.width / ratio)}px`;
  out.style.height = `${Math.round(out.height / ratio)}px`;
  out.className = 'pdf-page folded-view';
  out.setAttribute('role', 'img');
  out.setAttribute('aria-label', label);
  const ctx = out.getContext('2d');
  if (!ctx) return out;
  view.panels.forEach((panel, i) => {
    const source = pages.get(panel.page);
    if (!source) return;
    const sx = panel.x * source.width;
    const sy = panel.y * source.height;
    const sw = panel.width * source.width;
    const sh = panel.height * source.height;
    ctx.save();
    ctx.translate(i * cellW, 0);
    if (panel.turned) {
      ctx.translate(cellW, cellH);
      ctx.rotate(Math.PI);
    }
    ctx.drawImage(source, sx, sy, sw, sh, 0, 0, cellW, cellH);
    ctx.restore();
  });
  // The fold between the two inside panels, as a faint line.
  if (view.panels.length === 2) {
    ctx.strokeStyle = 'rgba(0,0,0,0.18)';
    ctx.lineWidth = Math.max(1, ratio);
    ctx.beginPath();
    ctx.moveTo(cellW, 0);
    ctx.lineTo(cellW, cellH);
    ctx.stroke();
  }
  return out;
}
