// Builds the `olive` CLI and the importable core (olive-branch/core) into dist/.
// Runs in `prepare`, so `npx olive --help` works right after `npm install` / `npm ci`.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
};
await Promise.all([
  build({ ...common, entryPoints: ['src/cli/bin.ts'], outfile: 'dist/cli.mjs' }),
  build({ ...common, entryPoints: ['src/core/index.ts'], outfile: 'dist/core.mjs' }),
]);
// Type declarations for library users of olive-branch/core.
execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.lib.json'], { cwd: root, stdio: 'inherit' });
