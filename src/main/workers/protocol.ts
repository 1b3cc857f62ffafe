import type { PdfResult } from '../../core/pdf/types';
import type { RenderedDocument } from '../../core/templates/types';
import type { Draft } from '../../core/draft/schema';
import type { PdfJob, TemplateList, WorkPaths } from './jobs';

/** What main may ask the untrusted-work worker, and what each job answers. */
export interface Jobs {
  templates: { input: undefined; output: TemplateList };
  render: { input: Draft; output: RenderedDocument };
  pdf: { input: PdfJob; output: PdfResult };
  warmUp: { input: undefined; output: undefined };
}
export type JobName = keyof Jobs;

export interface JobRequest {
  id: number;
  job: JobName;
  paths: WorkPaths;
  input: unknown;
}

/** An error as it crosses the thread: an OliveError keeps its code, anything else is a bug. */
export interface JobFailure {
  code?: string;
  message: string;
  where?: string;
}

export type JobResponse = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: JobFailure };

/** Sent once by the worker when its modules are loaded, before any job is timed. */
export const READY = 'olive-untrusted-worker-ready';
