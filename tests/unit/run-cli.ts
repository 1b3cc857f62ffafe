import { resolve } from 'node:path';
import { main } from '../../src/cli/index';
import type { CliIo } from '../../src/cli/io';

export const TEMPLATES = resolve(import.meta.dirname, '../../templates');

/** Runs `olive <argv>` in-process, as bin.ts would, with captured output and the given standard input. */
export async function runCli(
  argv: string[],
  options: { cwd?: string; stdin?: string | Uint8Array; version?: string } = {},
) {
  let stdout = '';
  let stderr = '';
  const stdin = options.stdin ?? '';
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readStdin: async (max) => Buffer.from(stdin).subarray(0, max + 1),
    cwd: options.cwd ?? process.cwd(),
    templatesDir: TEMPLATES,
    ...(options.version ? { version: options.version } : {}),
  };
  const started = performance.now();
  const code = await main(argv, io);
  return { code, stdout, stderr, ms: performance.now() - started };
}
