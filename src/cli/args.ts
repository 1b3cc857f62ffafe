import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * node:util parseArgs in strict mode, with its errors turned into one plain usage line
 * ("unknown option --foo") instead of a Node error code and stack.
 */
type Parsed<T extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: boolean; strict: true }>>;

export function parse<T extends Options>(argv: string[], options: T, allowPositionals = true): Parsed<T> {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (error) {
    const message = (error as Error).message.split('\n')[0] ?? 'bad arguments';
    throw new UsageError(message.replace(/^Unknown option '(.*)'.*$/, 'unknown option $1').replace(/\. To specify a positional.*$/, ''));
  }
}

/** Checks an option value against its allowed set, naming both in the error. */
export function oneOf<const T extends readonly string[]>(name: string, value: string | undefined, allowed: T): T[number] | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`);
  }
  return value as T[number];
}

export function outputFormat(value: string | undefined): 'text' | 'json' {
  return oneOf('format', value, ['text', 'json'] as const) ?? 'text';
}
