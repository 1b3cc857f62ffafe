/**
 * Entry of the untrusted-work thread (see pool.ts): runs one job at a time for main and answers
 * with its value or a plain error. Nothing here can reach the window or the file store.
 */
import { parentPort } from 'node:worker_threads';
import { isOliveError } from '../../core/errors';
import { listTemplates, makePdf, renderDraft, warmUp, type PdfJob } from './jobs';
import { READY, type JobRequest, type JobResponse } from './protocol';
import type { Draft } from '../../core/draft/schema';

async function run(request: JobRequest): Promise<unknown> {
  switch (request.job) {
    case 'templates':
      return listTemplates(request.paths);
    case 'render':
      return renderDraft(request.paths, request.input as Draft);
    case 'pdf':
      return makePdf(request.paths, request.input as PdfJob);
    case 'warmUp':
      return warmUp(request.paths);
  }
}

const port = parentPort;
if (!port) throw new Error('untrusted-worker runs only as a worker thread');
port.on('message', (request: JobRequest) => {
  void run(request).then(
    (value) => port.postMessage({ id: request.id, ok: true, value } satisfies JobResponse),
    (error: unknown) => {
      const failure = isOliveError(error)
        ? { code: error.code, message: error.message, ...(error.where !== undefined ? { where: error.where } : {}) }
        : { message: error instanceof Error ? error.message : String(error) };
      port.postMessage({ id: request.id, ok: false, error: failure } satisfies JobResponse);
    },
  );
});
port.postMessage(READY);
