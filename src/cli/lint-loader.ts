/**
 * Runs `olive lint` from dist/lint-cli.cjs (src/cli/lint-script.ts) with a V8 code cache in the
 * user cache folder (src/core/lint-node/code-cache.ts). bin/olive.mjs comes here on Node without
 * `module.enableCompileCache` (before 22.1); elsewhere it imports dist/cli.mjs.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { defaultCacheDir } from '../core/lint-node/cache-dir';
import { runCachedScript } from '../core/lint-node/code-cache';

/** The script's wrapper (scripts/build-cli.mjs writes the bundle inside it). */
type ScriptWrapper = (
  exports: object,
  require: NodeJS.Require,
  module: { exports: object },
  filename: string,
  dirname: string,
  importModule: (specifier: string) => Promise<unknown>,
  url: string,
) => void;

export async function runLintScript(): Promise<void> {
  const buildDir = dirname(fileURLToPath(import.meta.url));
  const file = join(buildDir, 'lint-cli.cjs');
  const script = await runCachedScript(file, 'lint-cli', defaultCacheDir(process.env));
  const module = { exports: {} as { runLint?: (buildDir: string) => Promise<void> } };
  // The script may not call import() itself (a script compiled with a code cache has no module
  // loader of its own in Node 20): packages it imports dynamically come through this function,
  // resolved from here, inside the installation.
  (script.value as ScriptWrapper)(
    module.exports,
    createRequire(file),
    module,
    file,
    buildDir,
    (specifier) => import(specifier),
    pathToFileURL(file).href,
  );
  if (typeof module.exports.runLint !== 'function') throw new Error(`${file} is not the lint script`);
  await module.exports.runLint(buildDir);
  // After the run, so the cache holds every function linting compiled.
  await script.save();
}
