/**
 * pdf.js, set up once for a locked-down page: the worker is a module file served from our own
 * origin (CSP worker-src 'self'), no eval, no fetches of its own. One worker serves every preview:
 * starting a worker per document cost about 100 ms each time the preview refreshed.
 *
 * pdf.js (some 400 KB) and its worker (1.2 MB) load when the first preview is drawn, not with the
 * editor: the build keeps them in chunks of their own, so the editor paints without waiting.
 */
import type * as PdfJsModule from 'pdfjs-dist';
import type { PDFDocumentProxy, PDFWorker } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

type PdfJs = typeof PdfJsModule;

let library: Promise<PdfJs> | undefined;
function pdfjs(): Promise<PdfJs> {
  library ??= import('pdfjs-dist').then((lib) => {
    lib.GlobalWorkerOptions.workerSrc = workerUrl;
    return lib;
  });
  // A failed load (a busy disk, a cancelled request) is forgotten, so the next preview tries again.
  library.catch(() => {
    library = undefined;
  });
  return library;
}

let shared: PDFWorker | undefined;
function worker(lib: PdfJs): PDFWorker {
  if (!shared || shared.destroyed) shared = new lib.PDFWorker();
  return shared;
}

export async function loadPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  const lib = await pdfjs();
  return lib.getDocument({
    // pdf.js transfers the buffer to its worker; give it a copy so the caller's bytes stay usable.
    data: bytes.slice(),
    worker: worker(lib),
    isEvalSupported: false,
    useWorkerFetch: false,
    useWasm: false,
    enableXfa: false,
    stopAtErrors: false,
  }).promise;
}
