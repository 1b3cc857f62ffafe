/**
 * Which Chromium the browser tests and the bench drive, on Linux, macOS or Windows. Playwright
 * never downloads one here; it is looked for, in this order:
 *   1. PLAYWRIGHT_CHROMIUM_PATH (a missing file there is an error, not a fallback);
 *   2. Playwright's own installed Chromium (`npx playwright install chromium`);
 *   3. an installed Google Chrome or Chromium;
 *   4. /usr/bin/chromium (Debian's package).
 */
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium } from '@playwright/test';

/** Flags for a locked-down, quiet Chromium on a machine without a GPU or a user namespace. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
];

export const NO_CHROMIUM =
  'No Chromium for the browser tests: run "npx playwright install chromium", install Google Chrome or Chromium, ' +
  'or set PLAYWRIGHT_CHROMIUM_PATH to a Chromium or Chrome executable.';

type Env = Readonly<Record<string, string | undefined>>;

/** Where Chrome and Chromium install themselves on each system. */
function installedBrowsers(platform: NodeJS.Platform, env: Env): string[] {
  if (platform === 'darwin') {
    return ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium'].flatMap((app) => [
      join('/Applications', app),
      ...(env.HOME ? [join(env.HOME, 'Applications', app)] : []),
    ]);
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => !!r);
    return roots.flatMap((r) => [
      join(r, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      join(r, 'Chromium', 'Application', 'chrome.exe'),
    ]);
  }
  const names = ['google-chrome', 'google-chrome-stable', 'chromium', 'chromium-browser'];
  return (env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .flatMap((dir) => names.map((n) => join(dir, n)));
}

/** Playwright's own Chromium, where `npx playwright install chromium` puts it (if it is there). */
function playwrightChromium(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/**
 * The Chromium to use, or an error line saying how to get one. `exists` and the sources are
 * parameters so the order can be tested on any machine.
 */
export function findChromium(
  env: Env = process.env,
  platform: NodeJS.Platform = process.platform,
  exists: (path: string) => boolean = existsSync,
  playwrights: () => string | undefined = playwrightChromium,
): { path: string } | { error: string } {
  const chosen = env.PLAYWRIGHT_CHROMIUM_PATH;
  if (chosen)
    return exists(chosen)
      ? { path: chosen }
      : { error: `PLAYWRIGHT_CHROMIUM_PATH names ${chosen}, which is not there.` };
  for (const candidate of [playwrights(), ...installedBrowsers(platform, env), '/usr/bin/chromium']) {
    if (candidate && exists(candidate)) return { path: candidate };
  }
  return { error: NO_CHROMIUM };
}

/** The Chromium to use; throws the one-line reason when there is none. */
export function chromiumPath(): string {
  const found = findChromium();
  if ('error' in found) throw new Error(found.error);
  return found.path;
}
