/**
 * Node-only: the compiled phrase trie kept on disk, so a command-line run loads it (tens of
 * milliseconds) instead of compiling some eight hundred patterns (a few hundred). The file is
 * named by a fingerprint of the phrase data, so an upgrade never reads a stale one; any trouble
 * reading or writing it just means compiling as usual.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserializePhrases, phraseFingerprint, phrases, serializePhrases, usePhrases } from '../lint/engine/compile';
import { defaultCacheDir } from './cache-dir';

export function loadCachedPhrases(dir: string = defaultCacheDir(), built?: string): 'loaded' | 'compiled' {
  const name = `phrases-${phraseFingerprint()}.bin`;
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
  } catch {
    // A read-only home or a full disk: nothing to keep, nothing lost.
  }
  return 'compiled';
}
