/** What a CLI command may touch, so tests can run commands in-process with captured output. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /**
   * Reads standard input (for "-" arguments) as bytes, stopping once it has more than `maxBytes`
   * (so an endless stream ends at once): the caller refuses a result longer than `maxBytes`.
   */
  readStdin: (maxBytes: number) => Promise<Uint8Array>;
  cwd: string;
  /** The bundled templates folder. */
  templatesDir: string;
  /** The package version, for --version. */
  version?: string;
  /** A folder the CLI may keep caches in (the spelling word forms); without one nothing is cached. */
  cacheDir?: string;
  /** The build folder, where scripts/build-cli.mjs leaves the compiled phrase lists (read first). */
  buildDir?: string;
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

/**
 * Characters that steer a terminal rather than show: C0 and C1 controls (ESC starts the sequences
 * that set the title or clear the screen), DEL, line and paragraph separators, and the bidi
 * controls that reorder what is shown (U+202A-202E, U+2066-2069).
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this finds
const STEERING = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex -- as above, newline included
const STEERING_OR_NEWLINE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const escape = (ch: string): string => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Text from files (names, messages quoting a draft) as it may reach a terminal: every steering
 * character shown as `\uXXXX` (also valid inside JSON strings), newlines and tabs kept.
 */
export function terminalSafe(text: string): string {
  return text.replace(STEERING, escape);
}

/** One line for an error message: newlines shown as `\u000a` too, so an error is always one line. */
export function oneLine(text: string): string {
  return text.replace(STEERING_OR_NEWLINE, escape);
}

/** The same io, with everything written made terminal-safe (see terminalSafe). */
export function terminalSafeIo(io: CliIo): CliIo {
  return { ...io, stdout: (text) => io.stdout(terminalSafe(text)), stderr: (text) => io.stderr(terminalSafe(text)) };
}
