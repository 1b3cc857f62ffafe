/**
 * The renderer's only door to the main process: `window.olive` (the preload contract), with every
 * `Result` unwrapped into a value or a thrown `ApiError` whose message is meant for the writer.
 */
import type { IpcError, OliveApi, Result } from '../../shared/ipc';

export class ApiError extends Error {
  readonly code: string;
  readonly where: string | undefined;
  constructor(error: IpcError) {
    super(error.message);
    this.name = 'ApiError';
    this.code = error.code;
    this.where = error.where;
  }
}

export async function unwrap<T>(pending: Promise<Result<T>>): Promise<T> {
  const result = await pending;
  if (result.ok) return result.value;
  throw new ApiError(result.error);
}

/** A sentence to show for any failure, never a stack trace. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error && error.message) return `Something went wrong: ${error.message}`;
  return 'Something went wrong. Your words are safe; please try again.';
}

export function olive(): OliveApi {
  return window.olive;
}
