/**
 * Node-only: the compiled phrase trie kept on disk, so a command-line run loads it (tens of
 * milliseconds) instead of compiling some eight hundred patterns (a few hundred). The file is
 * named by a fingerprint of the phrase data, so an upgrade never reads a stale one; any trouble
 * reading or writing it just means compiling as usual.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserializePhrases, phraseFingerprint, phrases, serializePhrases, usePhrases } from '../lint/engine/compile';
import { defaultCacheDir, pruneCacheFiles } from './cache-dir';

/** The phrase data's fingerprint as scripts/build-cli.mjs computed it; absent when run from source. */
declare const __OLIVE_PHRASE_FINGERPRINT__: string | undefined;

/**
 * The fingerprint naming the cache file: the build's (it built this code from the same data, so
 * computing it again, about 3 ms of each run, would give the same), else computed.
 */
export function currentFingerprint(): string {
  return typeof __OLIVE_PHRASE_FINGERPRINT__ === 'string' ? __OLIVE_PHRASE_FINGERPRINT__ : phraseFingerprint();
}

export function loadCachedPhrases(dir: string = defaultCacheDir(), built?: string): 'loaded' | 'compiled' {
  const name = `phrases-${currentFingerprint()}.bin`;
  const file = join(dir, name);
  // The build leaves the same file beside the bundle (scripts/build-cli.mjs): read that first.
  for (const candidate of built === undefined ? [file] : [join(built, name), file]) {
    try {
      usePhrases(deserializePhrases(readFileSync(candidate)));
      return 'loaded';
    } catch {
      // Missing or unreadable: try the next, else compile, then try to keep the result for next time.
    }
  }
  const compiled = phrases();
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, serializePhrases(compiled, compiled.vocabulary ?? new Set()), { mode: 0o600 });
    renameSync(temp, file);
    // Each change to the phrase lists names a new file (some megabytes): keep the last few only
    // (older ones from before the binary format ended in .json).
    pruneCacheFiles(file, 'phrases-', ['.bin', '.json']);
  } catch {
    // A read-only home or a full disk: nothing to keep, nothing lost.
  }
  return 'compiled';
}
