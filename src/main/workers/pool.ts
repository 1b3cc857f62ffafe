import { Worker } from 'node:worker_threads';
import { OliveError } from '../../core/errors';
import type { WorkPaths } from './jobs';
import { READY, type JobFailure, type JobName, type JobResponse, type Jobs } from './protocol';
import { typescriptBootstrap, untrustedWorkerScript, type WorkerScript } from './script';

export interface WorkLimits {
  /** V8 heap of the worker; past it the worker is stopped (ERR_WORKER_OUT_OF_MEMORY), never the app. */
  maxOldGenerationSizeMb: number;
  maxYoungGenerationSizeMb: number;
  stackSizeMb: number;
  /** Time to load the worker's modules. */
  bootMs: number;
  /** Time one job may take, from when it is handed to a ready worker. */
  timeoutMs: Record<JobName, number>;
}

export const DEFAULT_LIMITS: WorkLimits = {
  maxOldGenerationSizeMb: 512,
  maxYoungGenerationSizeMb: 64,
  stackSizeMb: 8,
  bootMs: 60_000,
  timeoutMs: { templates: 20_000, render: 5_000, pdf: 30_000, warmUp: 60_000 },
};

function fromFailure(failure: JobFailure): Error {
  // An OliveError keeps its code; anything else is a bug in the work and stays an Error.
  return failure.code !== undefined
    ? new OliveError(failure.code, failure.message, failure.where)
    : new Error(failure.message);
}

/**
 * Untrusted work (template compile and render, PDF layout, font parsing) in a worker thread with
 * a memory cap and a time limit per job (docs/ARCHITECTURE.md, "Security boundaries"). Jobs run
 * one at a time; a job that runs out of time or memory stops the worker with one clear error
 * (`work/timeout`, `work/out-of-memory`, `work/crashed`), and the next job starts a fresh one.
 */
export class UntrustedWork {
  private booting: Promise<Worker> | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 1;

  constructor(
    private readonly script: WorkerScript = untrustedWorkerScript(),
    readonly limits: WorkLimits = DEFAULT_LIMITS,
  ) {}

  run<J extends JobName>(job: J, paths: WorkPaths, input: Jobs[J]['input']): Promise<Jobs[J]['output']> {
    const next = this.queue.then(() => this.dispatch(job, paths, input));
    this.queue = next.catch(() => undefined);
    return next as Promise<Jobs[J]['output']>;
  }

  /** Stops the worker (a later job starts a new one). */
  async close(): Promise<void> {
    const booting = this.booting;
    this.booting = undefined;
    const worker = await booting?.catch(() => undefined);
    await worker?.terminate();
  }

  private start(): Promise<Worker> {
    const { maxOldGenerationSizeMb, maxYoungGenerationSizeMb, stackSizeMb } = this.limits;
    const options = {
      resourceLimits: { maxOldGenerationSizeMb, maxYoungGenerationSizeMb, stackSizeMb },
      stdout: false,
      stderr: false,
    };
    const worker = this.script.typescript
      ? new Worker(typescriptBootstrap(this.script.file), { ...options, eval: true })
      : new Worker(this.script.file, options);
    // Never keeps the app (or a test run) alive on its own.
    worker.unref();
    return new Promise<Worker>((resolve, reject) => {
      const fail = (error: Error) => {
        clearTimeout(timer);
        void worker.terminate();
        reject(error);
      };
      const timer = setTimeout(
        () =>
          fail(
            new OliveError('work/crashed', 'the part of Olive Branch that renders and prints did not start; try again'),
          ),
        this.limits.bootMs,
      );
      worker.once('error', (error) =>
        fail(
          new OliveError(
            'work/crashed',
            `the part of Olive Branch that renders and prints did not start ` +
              `(${error.message.split('\n')[0] ?? 'error'})`,
          ),
        ),
      );
      worker.on('message', function ready(message: unknown) {
        if (message !== READY) return;
        clearTimeout(timer);
        worker.off('message', ready);
        resolve(worker);
      });
    });
  }

  private forget(worker: Worker): void {
    void this.booting?.then((current) => {
      if (current === worker) this.booting = undefined;
    });
  }

  private async dispatch(job: JobName, paths: WorkPaths, input: unknown): Promise<unknown> {
    const booting = (this.booting ??= this.start());
    let worker: Worker;
    try {
      worker = await booting;
    } catch (error) {
      if (this.booting === booting) this.booting = undefined;
      throw error;
    }
    const id = this.nextId++;
    const seconds = Math.round(this.limits.timeoutMs[job] / 1000);
    return new Promise((resolve, reject) => {
      const finish = (settle: () => void) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        settle();
      };
      const stop = (error: OliveError) => {
        this.forget(worker);
        void worker.terminate();
        finish(() => reject(error));
      };
      const onMessage = (message: JobResponse) => {
        if (typeof message === 'object' && message.id === id)
          finish(() => (message.ok ? resolve(message.value) : reject(fromFailure(message.error))));
      };
      const onError = (error: NodeJS.ErrnoException) =>
        stop(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new OliveError(
                'work/out-of-memory',
                `this needed more than ${this.limits.maxOldGenerationSizeMb} MB of memory, so it was stopped; ` +
                  `the draft or a template may be too large or damaged`,
              )
            : new OliveError(
                'work/crashed',
                'the part of Olive Branch that renders and prints stopped unexpectedly; try again',
              ),
        );
      const onExit = () =>
        stop(
          new OliveError(
            'work/crashed',
            'the part of Olive Branch that renders and prints stopped unexpectedly; try again',
          ),
        );
      const timer = setTimeout(
        () =>
          stop(
            new OliveError(
              'work/timeout',
              `this took longer than ${seconds} s, so it was stopped; the draft or a template may be too large ` +
                `or damaged`,
            ),
          ),
        this.limits.timeoutMs[job],
      );
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage({ id, job, paths, input });
    });
  }
}

let shared: UntrustedWork | undefined;

/** The one worker of this process (the app has one window; tests share it across handler sets). */
export function untrustedWork(): UntrustedWork {
  shared ??= new UntrustedWork();
  return shared;
}
