import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, link, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Crash-safe file replacement, in the spirit of write-file-atomic plus the folder fsync it lacks:
 * 1. write a temp file in the same folder (same file system, so the rename is atomic), fsync it;
 * 2. keep the current version as `<file>.bak` (a hard link, or a copy where links fail);
 * 3. rename the temp file over the target, retrying transient Windows errors (antivirus, indexer);
 * 4. fsync the folder on POSIX so the rename itself survives a power cut.
 * A process killed at any point leaves either the old file or the new one, never a torn mix.
 */

export interface AtomicWriteOptions {
  /** Keep the version being replaced as `<file>.bak`. Default true. */
  backup?: boolean;
  /**
   * Tells whether the file being replaced is intact. A damaged file is never overwritten and never
   * becomes the `.bak` (that would lose the last good version): it is moved aside to
   * `<file>.damaged-<time>` instead.
   */
  isIntact?: (bytes: Buffer) => boolean;
  /** Write chunk size; small chunks only matter to the kill test. Default 1 MiB. */
  chunkSize?: number;
  /** Rename attempts on EBUSY/EPERM/EACCES. Default 8 (about 2.5 s in all). */
  renameAttempts?: number;
  /** For the `.damaged-<time>` name. */
  now?: () => Date;
}

export interface AtomicWriteResult {
  /** Set when a damaged file was moved aside rather than replaced. */
  damagedMovedTo?: string;
}

const TRANSIENT = new Set(['EBUSY', 'EPERM', 'EACCES']);
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export const backupPath = (path: string): string => `${path}.bak`;
const tempPrefix = (path: string): string => `.${basename(path)}.`;

function errnoCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return false;
    throw error;
  }
}

async function writeAndSync(path: string, data: Uint8Array, chunkSize: number): Promise<void> {
  const handle = await open(path, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o644);
  try {
    for (let offset = 0; offset < data.length; offset += chunkSize) {
      const end = Math.min(offset + chunkSize, data.length);
      let written = offset;
      while (written < end) {
        const { bytesWritten } = await handle.write(data, written, end - written, written);
        written += bytesWritten;
      }
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export async function renameWithRetry(from: string, to: string, attempts = 8, renameFile: typeof rename = rename): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await renameFile(from, to);
      return;
    } catch (error) {
      const code = errnoCode(error);
      if (attempt >= attempts || code === undefined || !TRANSIENT.has(code)) throw error;
      await sleep(Math.min(40 * 2 ** (attempt - 1), 1000));
    }
  }
}

/** On POSIX a rename is only durable once its folder is synced; Windows cannot open folders. */
export async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  let handle;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch (error) {
    // Some file systems (and some containers) refuse fsync on a folder; the data itself is synced.
    if (!['EINVAL', 'EISDIR', 'EPERM', 'EBADF', 'ENOTSUP'].includes(errnoCode(error) ?? '')) throw error;
  } finally {
    await handle?.close();
  }
}

/** Points `<file>.bak` at the current version: a hard link (no copy), else a copy; both via a temp name. */
async function keepBackup(path: string): Promise<void> {
  const temp = join(dirname(path), `${tempPrefix(path)}${randomBytes(6).toString('hex')}.baktmp`);
  try {
    await link(path, temp);
  } catch {
    await copyFile(path, temp);
  }
  await renameWithRetry(temp, backupPath(path));
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

async function readIfExists(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return undefined;
    throw error;
  }
}

export async function writeFileAtomic(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<AtomicWriteResult> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const folder = dirname(path);
  const temp = join(folder, `${tempPrefix(path)}${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const result: AtomicWriteResult = {};
  try {
    await writeAndSync(temp, bytes, options.chunkSize ?? 1024 * 1024);
    const current = options.isIntact ? await readIfExists(path) : undefined;
    if (current !== undefined && options.isIntact && !options.isIntact(current)) {
      const aside = `${path}.damaged-${stamp((options.now ?? (() => new Date()))())}`;
      await renameWithRetry(path, aside);
      result.damagedMovedTo = aside;
    } else if (options.backup !== false && (current !== undefined || (await exists(path)))) {
      await keepBackup(path);
    }
    await renameWithRetry(temp, path, options.renameAttempts);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncFolder(folder);
  return result;
}

/**
 * Removes temp files a killed writer left beside `path` (they are never the real file). Called on
 * load; files younger than `minAgeMs` may belong to a write still running in another process.
 */
export async function removeStaleTemps(path: string, minAgeMs = 60_000, now = Date.now()): Promise<number> {
  const folder = dirname(path);
  const prefix = tempPrefix(path);
  let removed = 0;
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return 0;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !(name.endsWith('.tmp') || name.endsWith('.baktmp'))) continue;
    const full = join(folder, name);
    try {
      const info = await stat(full);
      if (now - info.mtimeMs >= minAgeMs) {
        await unlink(full);
        removed++;
      }
    } catch {
      // Gone already, or not ours to remove.
    }
  }
  return removed;
}
