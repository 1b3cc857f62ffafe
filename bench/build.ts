/** What a bench measures is built from the sources first, so a stale or missing build is never timed. */
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');

/** dist/: the CLI and the library subpaths (esbuild, a second or two). */
export function buildCli(): void {
  execFileSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs'), '--no-types'], { cwd: ROOT, stdio: 'inherit' });
}

/** out/: main, preload and the renderer (electron-vite). */
export function buildApp(): void {
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--logLevel', 'warn'],
    { cwd: ROOT, stdio: 'inherit' },
  );
}
