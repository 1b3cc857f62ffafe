/** The built CLI's entry (dist/cli.mjs, loaded by bin/olive.mjs): every command, each imported when it runs. */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from './index';
import { start } from './start';

await start(main, dirname(fileURLToPath(import.meta.url)));
