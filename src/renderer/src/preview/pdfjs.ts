/**
 * pdf.js, set up once for a locked-down page: the worker is a module file served from our own
 * origin (CSP worker-src 'self'), no eval, no fetches of its own. One worker serves every preview:
 * starting a worker per document cost about 100 ms each time the preview refreshed.
 */
import { GlobalWorkerOptions, PDFWorker, getDocument, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

let shared: PDFWorker | undefined;
function worker(): PDFWorker {
  if (!shared || shared.destroyed) shared = new PDFWorker();
  return shared;
}

export function loadPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  return getDocument({
    // pdf.js transfers the buffer to its worker; give it a copy so the caller's bytes stay usable.
    data: bytes.slice(),
    worker: worker(),
    isEvalSupported: false,
    useWorkerFetch: false,
    useWasm: false,
    enableXfa: false,
    stopAtErrors: false,
  }).promise;
}
