import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, link, lstat, open, readdir, realpath, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { OliveError } from '../errors';

/**
 * Crash-safe file replacement (docs/ARCHITECTURE.md, "Files and drafts on disk"):
 * 1. find the real file: a symlink is followed to a regular file, on purpose; anything else that is
 *    not a regular file is refused, and so is a read-only file;
 * 2. write a temp file beside it (same folder, so the rename is atomic) with the file's own mode and
 *    owner, fsync it;
 * 3. read the current version once and judge it: a damaged one is moved aside as `.damaged-<time>`;
 *    a good one is hard-linked to a temp backup name (checked to be that very file);
 * 4. rename the temp file over the target, then the temp backup over `<file>.bak`, so `.bak` is
 *    always a verified earlier version, never the file it backs up;
 * 5. fsync the folder on POSIX so the renames survive a power cut.
 * Every failure removes the temp files it made; temp files left by a killed writer are removed on
 * the next write (their process is gone) or load.
 */

export interface AtomicWriteOptions {
  /** Keep the version being replaced as `<file>.bak`. Default true. */
  backup?: boolean;
  /**
   * Tells whether the file being replaced is intact. A damaged file is never overwritten and never
   * becomes the `.bak` (that would lose the last good version): it is moved aside instead.
   */
  isIntact?: (bytes: Buffer) => boolean;
  /** Sees the current version (undefined: no file yet) before anything changes; throw to refuse. */
  checkCurrent?: (current: CurrentFile | undefined) => void;
  /** A current file larger than this is not read: it counts as damaged when `isIntact` is given. */
  maxCurrentBytes?: number;
  /** False: never replace an existing file (fails with `io/exists`). Default true. */
  replace?: boolean;
  /** Mode of a new file (the umask applies); an existing file keeps its own. Default 0o666. */
  mode?: number;
  /** Write chunk size; small chunks only matter to the kill test. Default 1 MiB. */
  chunkSize?: number;
  /** Rename attempts on EBUSY/EPERM/EACCES. Default 8 (about 2.5 s in all). */
  renameAttempts?: number;
  /** For the `.damaged-<time>` name. */
  now?: () => Date;
}

/** The version about to be replaced, as read once through one handle. */
export interface CurrentFile {
  /** Undefined when it is larger than `maxCurrentBytes`. */
  bytes: Buffer | undefined;
  size: number;
  mtimeMs: number;
  dev: number;
  ino: number;
}

export interface AtomicWriteResult {
  /** The file actually written: `path`, or the target of the symlink at `path`. */
  target: string;
  /** Set when a damaged file was moved aside rather than replaced. */
  damagedMovedTo?: string;
}

const TRANSIENT = new Set(['EBUSY', 'EPERM', 'EACCES']);
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export const backupPath = (path: string): string => `${path}.bak`;
export const damagedPrefix = (path: string): string => `${basename(path)}.damaged-`;
const tempPrefix = (path: string): string => `.${basename(path)}.`;
const TEMP_SUFFIXES = ['.tmp', '.baktmp'];

export function errnoCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** True when something (a file, a folder, a link, even a dangling one) is at `path`. */
export async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return false;
    throw error;
  }
}

/** The errors a writer can do something about, as one plain sentence each. */
export function describeWriteError(error: unknown, where: string): unknown {
  if (error instanceof OliveError) return error;
  switch (errnoCode(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new OliveError(
        'io/disk-full',
        'the disk is full, so nothing was changed; free some space and try again',
        where,
      );
    case 'EROFS':
      return new OliveError(
        'io/read-only',
        'this disk is read-only, so nothing was changed; save to another place',
        where,
      );
    case 'EACCES':
    case 'EPERM':
      return new OliveError(
        'io/no-permission',
        'there is no permission to write here, so nothing was changed; save to another place',
        where,
      );
    case 'EEXIST':
      return new OliveError('io/exists', 'a file with this name is already there', where);
    default:
      return error;
  }
}

/**
 * Where writing `path` really lands: `path` itself, or the regular file a symlink at `path` points
 * to (followed deliberately, so the link stays a link). Refuses folders, devices, pipes, dangling
 * links and read-only files, each with a clear reason.
 */
export async function writeTarget(
  path: string,
): Promise<{ target: string; mode?: number; uid?: number; gid?: number }> {
  let info;
  try {
    info = await lstat(path);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return { target: path };
    throw error;
  }
  let target = path;
  if (info.isSymbolicLink()) {
    try {
      target = await realpath(path);
      info = await stat(target);
    } catch {
      throw new OliveError('io/dangling-link', 'this is a link to a file that is not there any more', path);
    }
  }
  if (!info.isFile()) throw new OliveError('io/not-a-file', 'this is not a regular file', path);
  if (
    (info.mode & 0o222) === 0 ||
    !(await access(target, constants.W_OK).then(
      () => true,
      () => false,
    ))
  ) {
    throw new OliveError(
      'io/read-only',
      'this file is read-only, so it was not changed; use Save As to keep your text in another file',
      path,
    );
  }
  return { target, mode: info.mode & 0o7777, uid: info.uid, gid: info.gid };
}

async function writeAll(handle: FileHandle, data: Uint8Array, chunkSize: number): Promise<void> {
  for (let offset = 0; offset < data.length; offset += chunkSize) {
    const end = Math.min(offset + chunkSize, data.length);
    let written = offset;
    while (written < end) {
      const { bytesWritten } = await handle.write(data, written, end - written, written);
      written += bytesWritten;
    }
  }
}

/** Writes and fsyncs a new file (never an existing one), with `keep`'s mode and owner when given. */
async function writeNewFile(
  path: string,
  data: Uint8Array,
  chunkSize: number,
  mode: number,
  keep?: { mode?: number; uid?: number; gid?: number },
): Promise<void> {
  const handle = await open(path, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, mode);
  try {
    if (process.platform !== 'win32' && keep?.mode !== undefined) {
      await handle.chmod(keep.mode);
      if (
        keep.uid !== undefined &&
        keep.gid !== undefined &&
        (keep.uid !== process.getuid?.() || keep.gid !== process.getgid?.())
      ) {
        // Only an administrator may give a file away; otherwise the file becomes the writer's own.
        await handle.chown(keep.uid, keep.gid).catch(() => undefined);
      }
    }
    await writeAll(handle, data, chunkSize);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export async function renameWithRetry(
  from: string,
  to: string,
  attempts = 8,
  renameFile: typeof rename = rename,
): Promise<void> {
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

/**
 * Moves `from` to `to` only if nothing is at `to`: a hard link then unlink, which fails with
 * EEXIST atomically; where links are not supported (FAT, some network shares), check then rename.
 */
export async function moveNoReplace(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'EEXIST' || code === 'ENOENT') throw error;
    if (await exists(to)) throw Object.assign(new Error(`EEXIST: ${to}`), { code: 'EEXIST', path: to });
    await renameWithRetry(from, to);
    return;
  }
  await unlink(from);
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

function stamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

function tempName(target: string, suffix: string): string {
  return join(dirname(target), `${tempPrefix(target)}${process.pid}.${randomBytes(6).toString('hex')}${suffix}`);
}

/** The current version, read through one handle so what is judged is what gets linked. */
async function readCurrent(target: string, maxBytes: number): Promise<CurrentFile | undefined> {
  let handle;
  try {
    handle = await open(target, 'r');
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const info = await handle.stat();
    const bytes = info.size > maxBytes ? undefined : await handle.readFile();
    return { bytes, size: info.size, mtimeMs: info.mtimeMs, dev: info.dev, ino: info.ino };
  } finally {
    await handle.close();
  }
}

/**
 * Makes a temp backup of `target` holding exactly the verified `current` bytes: a hard link when
 * it is still the same file (no copy), else a fresh copy of the verified bytes.
 */
async function stageBackup(target: string, current: CurrentFile, chunkSize: number): Promise<string | undefined> {
  const temp = tempName(target, '.baktmp');
  try {
    await link(target, temp);
    const linked = await lstat(temp);
    if (linked.ino === current.ino && linked.dev === current.dev) return temp;
    await unlink(temp);
  } catch {
    await unlink(temp).catch(() => undefined);
  }
  if (current.bytes === undefined) return undefined;
  await writeNewFile(temp, current.bytes, chunkSize, 0o600);
  return temp;
}

export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<AtomicWriteResult> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const chunkSize = options.chunkSize ?? 1024 * 1024;
  const made: string[] = [];
  try {
    const found = await writeTarget(path);
    const { target } = found;
    if (options.replace === false && found.mode !== undefined)
      throw new OliveError('io/exists', 'a file with this name is already there', path);
    await removeStaleTemps(target);
    const temp = tempName(target, '.tmp');
    made.push(temp);
    await writeNewFile(temp, bytes, chunkSize, options.mode ?? 0o666, found);

    const result: AtomicWriteResult = { target };
    const current =
      found.mode !== undefined
        ? await readCurrent(target, options.maxCurrentBytes ?? Number.POSITIVE_INFINITY)
        : undefined;
    options.checkCurrent?.(current);
    let backup: string | undefined;
    if (current && options.isIntact && (current.bytes === undefined || !options.isIntact(current.bytes))) {
      const aside = `${target}.damaged-${stamp((options.now ?? (() => new Date()))())}`;
      await renameWithRetry(target, aside);
      result.damagedMovedTo = aside;
    } else if (current && options.backup !== false) {
      backup = await stageBackup(target, current, chunkSize);
      if (backup) made.push(backup);
    }
    if (options.replace === false) await moveNoReplace(temp, target);
    else await renameWithRetry(temp, target, options.renameAttempts);
    made.splice(made.indexOf(temp), 1);
    if (backup) {
      // The new version is in place; only now does the verified old one become the `.bak`.
      await renameWithRetry(backup, backupPath(target), options.renameAttempts);
      // When another process made `.bak` a link to the very same file meanwhile, rename does nothing
      // and leaves our name behind (POSIX); the content is in `.bak` either way.
      await unlink(backup).catch(() => undefined);
      made.splice(made.indexOf(backup), 1);
    }
    await syncFolder(dirname(target));
    return result;
  } catch (error) {
    await Promise.all(made.map((file) => unlink(file).catch(() => undefined)));
    throw describeWriteError(error, path);
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errnoCode(error) === 'EPERM';
  }
}

/**
 * Removes temp files a killed writer left beside `path` (they are never the real file): those of a
 * process that is gone at once, any other once older than `minAgeMs` (a write still running in
 * another process is younger). Called before every write and on load.
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
    if (!name.startsWith(prefix) || !TEMP_SUFFIXES.some((suffix) => name.endsWith(suffix))) continue;
    const pid = Number(/^(\d+)\./.exec(name.slice(prefix.length))?.[1] ?? Number.NaN);
    const full = join(folder, name);
    try {
      const gone = Number.isInteger(pid) && pid > 0 && !isAlive(pid);
      if (gone || now - (await lstat(full)).mtimeMs >= minAgeMs) {
        await unlink(full);
        removed++;
      }
    } catch {
      // Gone already, or not ours to remove.
    }
  }
  return removed;
}
