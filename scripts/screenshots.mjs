// Refreshes docs/screenshots (the README's pictures): runs the browser journeys with their
// screenshots pointed there. Arguments go to `playwright test` (a spec file, --grep ...).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'node_modules', '@playwright', 'test', 'cli.js');
// Every journey but the timing test and the packaged-app test (they take no pictures).
const journeys = readdirSync(join(root, 'tests', 'e2e'))
  .filter((f) => f.endsWith('.spec.ts') && f !== 'electron.spec.ts')
  .map((f) => join('tests', 'e2e', f));
const args = process.argv.slice(2);
const run = spawnSync(process.execPath, [cli, 'test', '--workers=1', ...(args.length ? args : journeys)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, OLIVE_SCREENSHOTS: join(root, 'docs', 'screenshots') },
});
process.exit(run.status ?? 1);
