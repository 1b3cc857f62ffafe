import { isOliveError } from '../core/errors';
import { EXIT, oneLine, UsageError, type CliIo, type Command } from './io';

/**
 * Loads and runs one command, turning expected failures (bad usage, an Olive Branch error) into
 * one line on standard error and exit 2. Anything else is a bug and is thrown on.
 */
export async function runCommand(
  name: string,
  load: () => Promise<Command>,
  argv: string[],
  io: CliIo,
): Promise<number> {
  try {
    const run = await load();
    return await run(argv, io);
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
