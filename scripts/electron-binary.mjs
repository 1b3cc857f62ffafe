/**
 * Where the Electron binary is, without asking require('electron') (which, when the binary is
 * missing, tries to download it and throws). The same places electron-vite and Electron's own
 * index.js look: ELECTRON_EXEC_PATH, ELECTRON_OVERRIDE_DIST_PATH, or the path Electron's
 * installer wrote to node_modules/electron/path.txt.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const EXECUTABLE = { win32: 'electron.exe', darwin: 'Electron.app/Contents/MacOS/Electron' };

/** @returns {string | undefined} the Electron executable, or undefined when it is not installed */
export function findElectronBinary(env = process.env, from = import.meta.url) {
  if (env.ELECTRON_EXEC_PATH) return existsSync(env.ELECTRON_EXEC_PATH) ? env.ELECTRON_EXEC_PATH : undefined;
  let dir;
  try {
    dir = dirname(createRequire(from).resolve('electron/package.json'));
  } catch {
    return undefined;
  }
  const pathFile = join(dir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = join(env.ELECTRON_OVERRIDE_DIST_PATH, relative ?? EXECUTABLE[process.platform] ?? 'electron');
    return existsSync(candidate) ? candidate : undefined;
  }
  if (!relative) return undefined;
  const candidate = join(dir, 'dist', relative);
  return existsSync(candidate) ? candidate : undefined;
}

/** The one line shown when there is no binary: what happened and the fix. */
export const MISSING_ELECTRON =
  'Electron is not installed (its download was skipped or blocked): run "npx install-electron" ' +
  '(behind a proxy, set HTTPS_PROXY and ELECTRON_GET_USE_PROXY=1 first), then try again.';
