/**
 * Node-only: a classic script compiled with a V8 code cache kept on disk, for Node versions whose
 * ES module loader keeps none (`module.enableCompileCache` arrived in Node 22.1). The built CLI
 * runs `olive lint` this way (src/cli/lint-loader.ts): compiling its JavaScript from source took
 * about a sixth of the command's time, and V8 reads the cache back instead.
 *
 * The cache lives in the same folder and under the same rules as the compiled phrase lists and the
 * spelling forms: written whole or not at all (a temp file renamed into place), read with its size
 * checked first, ignored when it is damaged, stale or made for another script, and never needed: a
 * missing, unreadable or unwritable cache only means compiling from source.
 *
 * V8 checks a cache's version, flags and the source's length itself, but a release build does not
 * checksum the code it reads back, so the file carries its own: `OLIVECC1`, the SHA-256 of the
 * script's bytes, the SHA-256 of V8's data, then V8's data. And since that data is code, a cache
 * file is read only if it is this user's and nobody else may write to it.
 */
import { isAscii } from 'node:buffer';
import { createHash, randomBytes } from 'node:crypto';
import { constants, type Stats } from 'node:fs';
import { mkdir, open, readFile, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { pruneCacheFiles } from './cache-dir';
import { Script } from 'node:vm';

const MAGIC = Buffer.from('OLIVECC1', 'latin1');
const HEADER_BYTES = MAGIC.length + 32 + 32;

/** The largest cache file read (V8's data for the lint script is under 2 MB). */
export const MAX_CODE_CACHE_BYTES = 32 * 1024 * 1024;

/** Older caches of the same script kept beside the current one (another Node, another build). */
const KEEP_OTHERS = 2;

const sha256 = (bytes: Uint8Array): Buffer => createHash('sha256').update(bytes).digest();

/**
 * V8's data is code: on a system with users and modes, a cache file that another user owns or
 * that others may write to is not read, as the compiled code would run as this user. (Checked on
 * the open file, so it cannot be swapped after the check.) Windows keeps the user cache folder
 * (%LOCALAPPDATA%) private by its own rules.
 */
function ours(info: Stats): boolean {
  if (typeof process.getuid !== 'function') return true;
  return info.uid === process.getuid() && (info.mode & 0o022) === 0;
}

/** The cache file's name: the script's label and hash, and the Node that made it. */
export function codeCacheName(label: string, sourceHash: Uint8Array): string {
  const hash = Buffer.from(sourceHash).toString('hex').slice(0, 16);
  return `code-${label}-${hash}-${process.version}-${process.arch}.bin`;
}

/** The file's bytes as they would be written for V8's `data` (exported for tests). */
export function codeCacheBytes(sourceHash: Uint8Array, data: Uint8Array): Buffer {
  return Buffer.concat([MAGIC, sourceHash, sha256(data), data]);
}

/**
 * V8's data from a cache file, or undefined when there is none, it is a link, not a regular file,
 * too large, not this user's alone (`ours`), cut short, damaged, or made for other bytes than
 * `sourceHash`. The open does not follow a link and does not block (a named pipe cannot hang
 * it); the size is checked before reading. Never throws.
 */
export async function readCodeCache(
  file: string,
  sourceHash: Uint8Array,
  maxBytes: number = MAX_CODE_CACHE_BYTES,
): Promise<Buffer | undefined> {
  let handle: FileHandle | undefined;
  let bytes: Buffer;
  try {
    handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0));
    const info = await handle.stat();
    if (!info.isFile() || !ours(info) || info.size <= HEADER_BYTES || info.size > maxBytes) return undefined;
    bytes = Buffer.allocUnsafe(info.size);
    let length = 0;
    while (length < bytes.length) {
      const { bytesRead } = await handle.read(bytes, length, bytes.length - length, length);
      if (bytesRead === 0) return undefined;
      length += bytesRead;
    }
  } catch {
    return undefined;
  } finally {
    await handle?.close().catch(() => undefined);
  }
  if (!bytes.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  if (!bytes.subarray(MAGIC.length, MAGIC.length + 32).equals(sourceHash)) return undefined;
  const data = bytes.subarray(HEADER_BYTES);
  return sha256(data).equals(bytes.subarray(MAGIC.length + 32, HEADER_BYTES)) ? data : undefined;
}

/**
 * Writes a cache file whole or not at all; false when it could not (no folder, read-only, full).
 * `data` may be a function, called only once the file could be created: V8 takes a while to
 * serialise a large script, wasted where nothing can be kept. Then removes older caches of the
 * same label beyond the newest few, and temp files left behind.
 */
export async function writeCodeCache(
  file: string,
  sourceHash: Uint8Array,
  data: Uint8Array | (() => Uint8Array),
): Promise<boolean> {
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  let handle: FileHandle | undefined;
  try {
    await mkdir(dirname(file), { recursive: true, mode: 0o700 });
    handle = await open(temp, 'wx', 0o600);
    await handle.writeFile(codeCacheBytes(sourceHash, typeof data === 'function' ? data() : data));
    await handle.close();
    handle = undefined;
    await rename(temp, file);
  } catch {
    await handle?.close().catch(() => undefined);
    await rm(temp, { force: true }).catch(() => undefined);
    return false;
  }
  pruneOthers(file);
  return true;
}

/** Older caches of the same script beyond the newest KEEP_OTHERS, and temp files over a minute old. */
function pruneOthers(file: string): void {
  const label = /^(code-.+?-)[0-9a-f]{16}-/.exec(basename(file))?.[1];
  if (label !== undefined) pruneCacheFiles(file, label, ['.bin'], KEEP_OTHERS);
}

export interface CachedScript {
  /** What the script evaluates to. */
  value: unknown;
  /** `loaded`: compiled from the cache; `compiled`: from source (no usable cache, or none kept). */
  from: 'loaded' | 'compiled';
  /**
   * Keeps the code cache for the next process when this one compiled from source. Call it after
   * the script has done its work, so the cache holds every function the work compiled.
   */
  save: () => Promise<boolean>;
}

/**
 * Compiles and runs the script in `file` (its own installation's file, trusted) with a code cache
 * named `label` in `cacheDir` (none without a folder), and evaluates it in this context.
 */
export async function runCachedScript(
  file: string,
  label: string,
  cacheDir: string | undefined,
): Promise<CachedScript> {
  const bytes = await readFile(file);
  const sourceHash = sha256(bytes);
  // An ASCII file (what esbuild writes, unless a regular expression holds other characters) is read
  // as one byte a character, without decoding UTF-8.
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const cacheFile = cacheDir === undefined ? undefined : join(cacheDir, codeCacheName(label, sourceHash));
  const cachedData = cacheFile === undefined ? undefined : await readCodeCache(cacheFile, sourceHash);
  const script = new Script(source, { filename: file, ...(cachedData ? { cachedData } : {}) });
  const from = cachedData !== undefined && script.cachedDataRejected !== true ? 'loaded' : 'compiled';
  const value: unknown = script.runInThisContext();
  let saved = false;
  return {
    value,
    from,
    save: async () => {
      if (from === 'loaded' || cacheFile === undefined || saved) return false;
      saved = true;
      return writeCodeCache(cacheFile, sourceHash, () => script.createCachedData());
    },
  };
}
