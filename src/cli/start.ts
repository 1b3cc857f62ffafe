/**
 * One run of the `olive` command in this process: finds the installation, wires standard input and
 * output, runs `run` (the whole dispatcher, or the lint command alone) and sets the exit code.
 * Shared by the two built forms of the CLI: dist/cli.mjs (src/cli/bin.ts) and the lint command as
 * one script with a V8 code cache (src/cli/lint-script.ts, docs/ARCHITECTURE.md "Start-up").
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { defaultCacheDir } from '../core/lint-node/cache-dir';
import { oneLine, type CliIo } from './io';

/** The project root: the nearest folder above `start` holding Olive Branch's package.json. */
function findRoot(start: string): string {
  let dir = start;
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && existsSync(join(dir, 'templates'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the Olive Branch installation (package.json beside templates/)');
    dir = parent;
  }
}

/** Standard input as bytes, stopping past `maxBytes` so an endless stream (< /dev/zero) ends at once. */
async function readStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    length += (chunk as Buffer).length;
    if (length > maxBytes) break;
  }
  process.stdin.destroy();
  return Buffer.concat(chunks, length).subarray(0, maxBytes + 1);
}

/**
 * Runs `run` with this process's arguments and streams. `buildDir` is the folder of the built CLI
 * (dist/), where the build leaves the compiled phrase lists.
 */
export async function start(run: (argv: string[], io: CliIo) => Promise<number>, buildDir: string): Promise<void> {
  // `olive export ... | head -1`: once the reader has gone, there is nobody to tell; end quietly.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  try {
    const root = findRoot(buildDir);
    const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
    process.exitCode = await run(process.argv.slice(2), {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      readStdin,
      cwd: process.cwd(),
      env: process.env,
      templatesDir: join(root, 'templates'),
      cacheDir: defaultCacheDir(process.env),
      buildDir,
      version,
    });
  } catch (error) {
    // Expected failures are handled in main(); this is a bug, so say so plainly and keep the stack for OLIVE_DEBUG.
    process.stderr.write(`olive: unexpected error: ${oneLine((error as Error).message)}\n`);
    if (process.env.OLIVE_DEBUG) process.stderr.write(`${(error as Error).stack ?? ''}\n`);
    process.exitCode = 3;
  }
}
