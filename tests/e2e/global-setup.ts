/**
 * Builds the app once per Playwright run (main, preload and the renderer the harness serves).
 * OLIVE_E2E_SKIP_BUILD=1 reuses an existing out/ (handy while iterating on tests only).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export default function globalSetup(): void {
  const root = resolve(import.meta.dirname, '../..');
  if (process.env.OLIVE_E2E_SKIP_BUILD === '1' && existsSync(join(root, 'out/renderer/index.html'))) return;
  execFileSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
}
