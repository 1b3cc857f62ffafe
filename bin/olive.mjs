#!/usr/bin/env node
// The `olive` command. The CLI is built into dist/ by `npm install` (the prepare script).
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.mjs', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write(
    'olive: the CLI is not built yet; run `npm install` (or `npm run build:cli`) in the Olive Branch folder\n',
  );
  process.exit(2);
}
await import(cli.href);
