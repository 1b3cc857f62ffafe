import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { readDraftFile } from '../../core/draft/file';
import { parseDraft, serializeDraft } from '../../core/draft/parse';
import type { Draft } from '../../core/draft/schema';
import { isOliveError } from '../../core/errors';
import { removeStaleTemps, writeFileAtomic, type AtomicWriteResult } from './atomic';
import { loadWithFallback, type Loaded } from './load';

/**
 * Errors that mean "this was our draft and it got damaged", where the `.bak` is worth trying.
 * A foreign file, a future version or an oversized file is not damage: it is refused as it is.
 */
const DAMAGE = new Set(['draft/broken-json', 'draft/invalid', 'draft/not-utf8', 'draft/bad-version']);

export function isDraftDamage(error: unknown): boolean {
  return isOliveError(error) && DAMAGE.has(error.code);
}

export async function loadDraft(path: string): Promise<Loaded<Draft>> {
  await removeStaleTemps(path);
  return loadWithFallback(path, readDraftFile, isDraftDamage);
}

function isIntactDraft(bytes: Buffer): boolean {
  try {
    parseDraft(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    return true;
  } catch {
    return false;
  }
}

/** Saves to one file run one after another, so `.bak` is always the version before the last. */
const queues = new Map<string, Promise<unknown>>();

/** Writes a draft atomically, keeping the previous version as `.bak` and a damaged one aside. */
export function saveDraft(path: string, draft: Draft, now?: () => Date): Promise<AtomicWriteResult> {
  const text = serializeDraft(draft);
  const previous = queues.get(path) ?? Promise.resolve();
  const next = previous.then(async () => {
    await mkdir(dirname(path), { recursive: true });
    return writeFileAtomic(path, text, { isIntact: isIntactDraft, ...(now ? { now } : {}) });
  });
  const settled = next.catch(() => undefined);
  queues.set(path, settled);
  void settled.then(() => {
    if (queues.get(path) === settled) queues.delete(path);
  });
  return next;
}
