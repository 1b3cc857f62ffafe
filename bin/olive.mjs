#!/usr/bin/env node
// The `olive` command. The CLI is built into dist/ by `npm install` (the prepare script).
import { existsSync } from 'node:fs';
import module from 'node:module';

const dist = new URL('../dist/', import.meta.url);
const cli = new URL('cli.mjs', dist);
if (!existsSync(cli)) {
  process.stderr.write(
    'olive: the CLI is not built yet; run `npm install` (or `npm run build:cli`) in the Olive Branch folder\n',
  );
  process.exit(2);
}
if (module.enableCompileCache) {
  // Node 22.1 and later keep the compiled bundle on disk (in the system's temp folder, or where
  // NODE_COMPILE_CACHE says), so the next run skips compiling it. The call never throws.
  module.enableCompileCache();
  await import(cli.href);
} else if (process.argv[2] === 'lint' && existsSync(new URL('lint-cli.cjs', dist))) {
  // Older Node compiles ES modules from source in every run. `olive lint`, the command run on
  // every save, is also built as one classic script, which V8 compiles from a code cache kept in
  // the user cache folder (src/cli/lint-loader.ts; docs/ARCHITECTURE.md "Start-up").
  const { runLintScript } = await import(new URL('lint-loader.mjs', dist).href);
  await runLintScript();
} else {
  await import(cli.href);
}
