import type { Draft } from '../../core/draft/schema';
import type { RecoveryFolder } from './recovery';

/**
 * Coalesces a stream of changes into recovery writes. The first change after a write starts a
 * timer; when it fires, the latest state is written. So every change is on disk within
 * `delayMs` plus one write, however fast the writer types (a throttle, not a debounce, which
 * would never fire during steady typing).
 */
export const AUTOSAVE_DELAY_MS = 1000;

interface Pending {
  path: string | null;
  draft: Draft;
}

export class Autosaver {
  private readonly pending = new Map<string, Pending>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly writing = new Map<string, Promise<void>>();

  constructor(
    private readonly folder: RecoveryFolder,
    private readonly now: () => Date,
    readonly delayMs = AUTOSAVE_DELAY_MS,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  /** Records the latest state of a document; returns the promised latency in ms. */
  change(docId: string, path: string | null, draft: Draft): number {
    this.pending.set(docId, { path, draft });
    if (!this.timers.has(docId)) {
      this.timers.set(
        docId,
        setTimeout(() => {
          this.timers.delete(docId);
          void this.writeNow(docId);
        }, this.delayMs),
      );
    }
    return this.delayMs;
  }

  /** Writes the pending state of `docId` (if any), after any write already running for it. */
  private writeNow(docId: string): Promise<void> {
    const previous = this.writing.get(docId) ?? Promise.resolve();
    const next = previous.then(async () => {
      const state = this.pending.get(docId);
      if (!state) return;
      this.pending.delete(docId);
      try {
        await this.folder.write(docId, state.path, state.draft, this.now());
      } catch (error) {
        this.onError(error);
      }
    });
    this.writing.set(docId, next);
    void next.then(() => {
      if (this.writing.get(docId) === next) this.writing.delete(docId);
    });
    return next;
  }

  /** Drops what is pending for `docId` and waits for a running write (before deleting its copy). */
  async cancel(docId: string): Promise<void> {
    const timer = this.timers.get(docId);
    if (timer) clearTimeout(timer);
    this.timers.delete(docId);
    this.pending.delete(docId);
    await this.writing.get(docId);
  }

  /** Writes everything pending now; used before quitting. */
  async flush(): Promise<void> {
    for (const [docId, timer] of this.timers) {
      clearTimeout(timer);
      this.timers.delete(docId);
    }
    await Promise.all([...this.pending.keys()].map((docId) => this.writeNow(docId)));
    await Promise.all(this.writing.values());
  }
}
