import { isOliveError } from '../core/errors';
import { exportCommand } from './commands/export';
import { guideCommand } from './commands/guide';
import { lintCommand } from './commands/lint';
import { renderCommand } from './commands/render';
import { templatesCommand } from './commands/templates';
import { EXIT, oneLine, terminalSafeIo, UsageError, type CliIo, type Command } from './io';

const COMMANDS: Record<string, { run: Command; summary: string }> = {
  guide: { run: guideCommand, summary: 'which piece to write next, and why' },
  templates: { run: templatesCommand, summary: 'list the templates' },
  render: { run: renderCommand, summary: 'print the filled text of a draft or a template sample' },
  lint: { run: lintCommand, summary: 'check wording for needy, pressuring or ambiguous phrasing' },
  export: { run: exportCommand, summary: 'write a printable PDF (card, letter, note, envelope)' },
};

export const HELP = `Olive Branch: reach out to an ex-partner kindly, clearly and without pressure.

Usage: olive <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`)
  .join('\n')}

Run "olive <command> --help" for a command's options.
`;

/** Runs one CLI invocation and returns its exit code. Never lets a stack trace reach the user for expected failures. */
export async function main(argv: string[], rawIo: CliIo): Promise<number> {
  // Text from files (names, quoted words, template ids) never reaches the terminal raw.
  const io = terminalSafeIo(rawIo);
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(HELP);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${io.version ?? 'unknown'}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`olive: unknown command "${oneLine(name)}" (try: ${Object.keys(COMMANDS).join(', ')})\n`);
    return EXIT.usage;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`olive ${name}: ${oneLine(error.message)}\n`);
      return EXIT.usage;
    }
    if (isOliveError(error)) {
      io.stderr(`olive ${name}: ${oneLine(error.toLine())}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}
