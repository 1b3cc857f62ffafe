import { utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes `name` in `dir` as if last changed `ageSeconds` ago (for tests of cache tidying); returns the name. */
export function agedFile(dir: string, name: string, ageSeconds: number): string {
  const path = join(dir, name);
  writeFileSync(path, 'old');
  const when = Date.now() / 1000 - ageSeconds;
  utimesSync(path, when, when);
  return name;
}
