import { basename } from 'node:path';
import { backupPath } from '../../core/files/atomic';

export interface Loaded<T> {
  value: T;
  /** True when the file was damaged and its `.bak` was used instead. */
  fromBackup: boolean;
  /** For the writer, when the backup was used. */
  notice?: string;
}

/**
 * Loads `path`; when it cannot be used (as `isDamage` judges the error), loads `<path>.bak` instead and
 * says so. Nothing is written here: the damaged file stays exactly as it was, for the writer or a
 * later save to move aside. When the backup is missing or damaged too, the original error stands.
 */
export async function loadWithFallback<T>(
  path: string,
  load: (path: string) => Promise<T>,
  isDamage: (error: unknown) => boolean,
): Promise<Loaded<T>> {
  try {
    return { value: await load(path), fromBackup: false };
  } catch (error) {
    if (!isDamage(error)) throw error;
    let value: T;
    try {
      value = await load(backupPath(path));
    } catch {
      throw error;
    }
    const reason = error instanceof Error ? error.message : String(error);
    return {
      value,
      fromBackup: true,
      notice:
        `"${basename(path)}" cannot be opened (${reason}), so the previous version, kept as a backup, was opened ` +
        `instead. That file was left untouched; saving keeps it aside as "${basename(path)}.damaged-…".`,
    };
  }
}
