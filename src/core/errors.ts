/**
 * An error meant for a person: `message` is one clear sentence, `where` points at the place
 * (a file, a line, a JSON path) when there is one. Code paths that face a user catch these and
 * print them; anything else is a bug and may keep its stack.
 */
export class OliveError extends Error {
  readonly code: string;
  readonly where: string | undefined;

  constructor(code: string, message: string, where?: string) {
    super(message);
    this.name = 'OliveError';
    this.code = code;
    this.where = where;
  }

  /** One line: "where: message" or just the message. */
  toLine(): string {
    return this.where ? `${this.where}: ${this.message}` : this.message;
  }
}

export function isOliveError(value: unknown): value is OliveError {
  return value instanceof OliveError;
}
