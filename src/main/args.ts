import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The `.olive` file named on a command line (the OS passes it when a draft is double-clicked). */
export function draftPathFromArgs(argv: readonly string[], cwd = process.cwd()): string | undefined {
  for (let i = argv.length - 1; i >= 1; i--) {
    const arg = argv[i];
    if (arg === undefined || arg.startsWith('-') || !arg.toLowerCase().endsWith('.olive')) continue;
    const full = resolve(cwd, arg);
    if (existsSync(full)) return full;
  }
  return undefined;
}
