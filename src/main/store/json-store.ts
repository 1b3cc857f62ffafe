import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { z } from 'zod';
import { OliveError } from '../../core/errors';
import { readBoundedFile, UnreadableFile } from '../../core/files/read';

/** Settings, the contact log and the recent list are kilobytes; anything past this is not ours. */
const MAX_STORE_BYTES = 10 * 1024 * 1024;
import { removeStaleTemps, writeFileAtomic } from '../../core/files/atomic';
import { loadWithFallback } from './load';

/**
 * One small JSON document in the user-data folder (settings, contact log, recent list): loaded
 * once with `.bak` fallback, updated through a queue so writes never interleave, written atomically.
 */
export class JsonStore<T> {
  private value: Promise<T> | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  /** Set when loading had to use the backup or the defaults; shown once to the writer. */
  notice: string | undefined;

  constructor(
    readonly path: string,
    private readonly schema: z.ZodType<T>,
    private readonly defaults: () => T,
  ) {}

  private parse(text: string): T {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new OliveError('store/broken-json', 'it is not valid JSON', this.path);
    }
    const result = this.schema.safeParse(json);
    if (!result.success) throw new OliveError('store/invalid', 'it does not have the expected shape', this.path);
    return result.data;
  }

  /** Reads one store file, refusing (as damage) one grown past any size a real store reaches. */
  private async read(path: string): Promise<string> {
    try {
      return (await readBoundedFile(path, MAX_STORE_BYTES)).toString('utf8');
    } catch (error) {
      if (error instanceof UnreadableFile && error.reason === 'missing')
        throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      if (error instanceof UnreadableFile)
        throw new OliveError('store/unreadable', `it cannot be read (${error.reason})`, path);
      throw error;
    }
  }

  private isIntact = (bytes: Buffer): boolean => {
    try {
      this.parse(bytes.toString('utf8'));
      return true;
    } catch {
      return false;
    }
  };

  private async load(): Promise<T> {
    await removeStaleTemps(this.path);
    try {
      const loaded = await loadWithFallback(
        this.path,
        async (p) => this.parse(await this.read(p)),
        (error) => error instanceof OliveError,
      );
      this.notice = loaded.notice;
      return loaded.value;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return this.defaults();
      if (error instanceof OliveError) {
        this.notice =
          `${this.path} is damaged and has no usable backup; defaults are in use. The damaged file is kept aside ` +
          `at the next save.`;
        return this.defaults();
      }
      throw error;
    }
  }

  get(): Promise<T> {
    this.value ??= this.load();
    return this.value;
  }

  /** Applies `change` after every earlier update, writes the result, resolves with it. */
  update(change: (current: T) => T): Promise<T> {
    const next = this.queue.then(async () => {
      const updated = this.schema.parse(change(await this.get()));
      await mkdir(dirname(this.path), { recursive: true });
      await writeFileAtomic(this.path, `${JSON.stringify(updated, null, 2)}\n`, {
        isIntact: this.isIntact,
        maxCurrentBytes: MAX_STORE_BYTES,
        mode: 0o600,
      });
      this.value = Promise.resolve(updated);
      return updated;
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Resolves once every update asked for so far is on disk. */
  async flush(): Promise<void> {
    await this.queue;
  }
}
