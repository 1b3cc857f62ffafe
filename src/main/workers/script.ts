import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** How to start the untrusted-work thread: a built file, or (running from source) the TypeScript through tsx. */
export interface WorkerScript {
  file: string;
  /** Running from the TypeScript sources (tests, the Chromium harness): load through tsx. */
  typescript: boolean;
}

/**
 * The worker entry beside this module. Built by electron-vite, it is `untrusted-worker.js` next
 * to the main bundle (electron.vite.config.ts names it; this code may sit in a chunk one folder
 * down). From source, the TypeScript file itself.
 */
export function untrustedWorkerScript(): WorkerScript {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.ts')) return { file: join(dirname(here), 'untrusted-worker.ts'), typescript: true };
  const candidates = [join(dirname(here), 'untrusted-worker.js'), join(dirname(here), '..', 'untrusted-worker.js')];
  return { file: candidates.find((c) => existsSync(c)) ?? (candidates[0] as string), typescript: false };
}

/** For a TypeScript entry: a tiny CommonJS bootstrap that registers tsx in the new thread first. */
export function typescriptBootstrap(file: string): string {
  const tsx = createRequire(import.meta.url).resolve('tsx/cjs');
  return `require(${JSON.stringify(tsx)}); require(${JSON.stringify(file)});`;
}
