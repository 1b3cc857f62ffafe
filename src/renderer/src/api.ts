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
function sentence(text: string): string {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toLocaleUpperCase() + trimmed.slice(1);
  return /[.!?…]$/.test(capital) ? capital : `${capital}.`;
}

function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}

export function describeError(error: unknown, doing?: string): string {
  if (error instanceof ApiError) {
    const where = error.where ? ` “${baseName(error.where)}”` : '';
    return doing ? `${doing}${where}: ${sentence(error.message)}` : sentence(error.message);
  }
  if (error instanceof Error && error.message) return `Something went wrong: ${error.message}`;
  return 'Something went wrong. Your words are safe; please try again.';
}

export function olive(): OliveApi {
  return window.olive;
}
