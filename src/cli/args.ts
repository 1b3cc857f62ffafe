import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io';

type Options = NonNullable<ParseArgsConfig['options']>;

/** parseArgs' messages, said plainly on one line. */
function usageLine(message: string): string {
  const unknown = /^Unknown option '([^']*)'/.exec(message);
  if (unknown) return `unknown option ${unknown[1]}`;
  const missing = /^Option '(-[^ ']*)(?: <value>)?' argument missing/.exec(message);
  if (missing) return `${missing[1]} needs a value`;
  const noValue = /^Option '(-[^ ']*)' does not take an argument/.exec(message);
  if (noValue) return `${noValue[1]} takes no value`;
  const positional = /^Unexpected argument '([^']*)'/.exec(message);
  if (positional) return `unexpected argument "${positional[1]}" (this command takes no file arguments)`;
  return message.split('\n')[0] ?? 'bad arguments';
}

/**
 * node:util parseArgs in strict mode, with its errors turned into one plain usage line
 * ("unknown option --foo") instead of a Node error code and stack.
 */
type Parsed<T extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; options: T; allowPositionals: boolean; strict: true }>
>;

export function parse<T extends Options>(argv: string[], options: T, allowPositionals = true): Parsed<T> {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError(usageLine((error as Error).message));
  }
}

/** Checks an option value against its allowed set, naming both in the error. */
export function oneOf<const T extends readonly string[]>(
  name: string,
  value: string | undefined,
  allowed: T,
): T[number] | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`);
  }
  return value as T[number];
}

export function outputFormat(value: string | undefined): 'text' | 'json' {
  return oneOf('format', value, ['text', 'json'] as const) ?? 'text';
}
