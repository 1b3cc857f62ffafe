import { homedir } from 'node:os';
import { join } from 'node:path';

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
