/** What a CLI command may touch, so tests can run commands in-process with captured output. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads all of standard input (for "-" arguments). */
  readStdin: () => Promise<string>;
  cwd: string;
  /** The bundled templates folder. */
  templatesDir: string;
  /** The package version, for --version. */
  version?: string;
  /** Environment variables a command reads (SOURCE_DATE_EPOCH); tests pass their own. */
  env?: Readonly<Record<string, string | undefined>>;
}

/** A command returns its exit code: 0 fine, 1 findings (lint), 2 bad usage or unreadable input. */
export type Command = (argv: string[], io: CliIo) => Promise<number>;

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/** Thrown for bad usage; the dispatcher prints "olive: <message>" and exits 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
