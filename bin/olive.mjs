#!/usr/bin/env node
// The `olive` command. The CLI is built into dist/ by `npm install` (the prepare script).
import { existsSync } from 'node:fs';
import module from 'node:module';

const cli = new URL('../dist/cli.mjs', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write(
    'olive: the CLI is not built yet; run `npm install` (or `npm run build:cli`) in the Olive Branch folder\n',
  );
  process.exit(2);
}
// Node 22.1 and later keep the compiled bundle on disk (in the system's temp folder, or where
// NODE_COMPILE_CACHE says), so the next run skips compiling it. The call never throws; older Node
// has no such function and compiles as before.
module.enableCompileCache?.();
await import(cli.href);
