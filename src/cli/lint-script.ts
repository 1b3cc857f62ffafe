/**
 * `olive lint` as one classic script (dist/lint-cli.cjs): the lint command and everything it uses
 * in one file that Node 20 can compile with a V8 code cache kept on disk, which ES modules cannot
 * have before Node 22.1 (bin/olive.mjs, src/cli/lint-loader.ts, docs/ARCHITECTURE.md "Start-up").
 * It runs exactly what `olive lint` runs through the dispatcher in src/cli/index.ts.
 */
import { lintCommand } from './commands/lint';
import { terminalSafeIo } from './io';
import { runCommand } from './run-command';
import { start } from './start';

/** Runs `olive lint ...` (the first argument must be `lint`) in this process. */
export function runLint(buildDir: string): Promise<void> {
  return start(async (argv, rawIo) => {
    const [name, ...rest] = argv;
    if (name !== 'lint') throw new Error(`the lint script was asked to run "${name ?? ''}"`);
    // As main() does: text from files never reaches the terminal raw.
    const io = terminalSafeIo(rawIo);
    return runCommand(name, async () => lintCommand, rest, io);
  }, buildDir);
}
