import { EXIT, oneLine, terminalSafeIo, type CliIo, type Command } from './io';
import { runCommand } from './run-command';

/**
 * Each command is imported only when it runs, so `olive --help` loads none of them and `olive lint`
 * never loads pdfkit or Handlebars (the build splits them into chunks: scripts/build-cli.mjs).
 */
const COMMANDS: Record<string, { load: () => Promise<Command>; summary: string }> = {
  guide: {
    load: async () => (await import('./commands/guide')).guideCommand,
    summary: 'which piece to write next, and why',
  },
  templates: {
    load: async () => (await import('./commands/templates')).templatesCommand,
    summary: 'list the templates',
  },
  render: {
    load: async () => (await import('./commands/render')).renderCommand,
    summary: 'print the filled text of a draft or a template sample',
  },
  lint: {
    load: async () => (await import('./commands/lint')).lintCommand,
    summary: 'check wording for needy, pressuring or ambiguous phrasing',
  },
  export: {
    load: async () => (await import('./commands/export')).exportCommand,
    summary: 'write a printable PDF (card, letter, note, envelope)',
  },
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
  return runCommand(name, command.load, rest, io);
}
