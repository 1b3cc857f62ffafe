import { readdirSync, rmSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';

/**
 * The usual per-user cache folder: $XDG_CACHE_HOME or ~/.cache on Linux, ~/Library/Caches on macOS,
 * %LOCALAPPDATA% on Windows, each with an `olive-branch` folder.
 */
export function defaultCacheDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  const home = homedir();
  if (platform === 'win32') return join(env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), 'olive-branch', 'Cache');
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'olive-branch');
  return join(env.XDG_CACHE_HOME || join(home, '.cache'), 'olive-branch');
}

/**
 * Tidies a cache folder after `file` was written: other files of the same kind (their names start
 * with `prefix` and end with one of `endings`) beyond the newest `keep`, which other versions or
 * builds may still read, and temp files of that kind left over a minute ago by a process that
 * stopped. Best effort: never throws.
 */
export function pruneCacheFiles(file: string, prefix: string, endings: readonly string[], keep = 2): void {
  const dir = dirname(file);
  const own = basename(file);
  try {
    const others: { path: string; mtime: number }[] = [];
    for (const name of readdirSync(dir)) {
      if (!name.startsWith(prefix) || name === own) continue;
      const path = join(dir, name);
      const info = statSync(path);
      if (!info.isFile()) continue;
      if (name.endsWith('.tmp')) {
        if (Date.now() - info.mtimeMs > 60_000) rmSync(path, { force: true });
      } else if (endings.some((ending) => name.endsWith(ending))) others.push({ path, mtime: info.mtimeMs });
    }
    others.sort((a, b) => b.mtime - a.mtime);
    for (const old of others.slice(keep)) rmSync(old.path, { force: true });
  } catch {
    // Tidying is best effort.
  }
}
