import { createHash } from 'node:crypto';
import { mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { decodeUtf8, readDraftBytes } from '../../core/draft/file';
import { decodeStrictUtf8 } from '../../core/files/utf8';
import { parseDraft, serializeDraft } from '../../core/draft/parse';
import { MAX_DRAFT_BYTES, type Draft } from '../../core/draft/schema';
import { OliveError, isOliveError } from '../../core/errors';
import { removeStaleTemps, writeFileAtomic, type AtomicWriteResult, type CurrentFile } from '../../core/files/atomic';
import { loadWithFallback, type Loaded } from './load';

/**
 * Errors that mean "this file cannot be opened as it is, but its `.bak` may": damage, and a file
 * grown past the size limit. A foreign file or a future version is not damage: it is refused as it is.
 */
const DAMAGE = new Set([
  'draft/broken-json',
  'draft/invalid',
  'draft/not-utf8',
  'draft/bad-version',
  'draft/too-large',
]);

export function isDraftDamage(error: unknown): boolean {
  return isOliveError(error) && DAMAGE.has(error.code);
}

/**
 * Identifies one version of a file on disk, to tell whether another program changed it since this
 * app read or wrote it: the SHA-256 of its bytes (so rewriting the same bytes is no change), or for
 * a file too large to read, its size and time.
 */
export function revisionOf(file: Pick<CurrentFile, 'bytes' | 'size' | 'mtimeMs'>): string {
  return file.bytes ? createHash('sha256').update(file.bytes).digest('hex') : `unread:${file.size}:${file.mtimeMs}`;
}

export interface LoadedDraft extends Loaded<Draft> {
  /** The revision of the file at `path` as read (also when its `.bak` was opened instead). */
  revision: string | undefined;
}

export async function loadDraft(path: string): Promise<LoadedDraft> {
  await removeStaleTemps(path);
  let revision: string | undefined;
  const read = async (file: string): Promise<Draft> => {
    try {
      const bytes = await readDraftBytes(file);
      if (file === path) revision = revisionOf({ bytes, size: bytes.length, mtimeMs: 0 });
      return parseDraft(decodeUtf8(bytes, file), file);
    } catch (error) {
      if (file === path && isOliveError(error) && error.code === 'draft/too-large') {
        const info = await stat(file);
        revision = revisionOf({ bytes: undefined, size: info.size, mtimeMs: info.mtimeMs });
      }
      throw error;
    }
  };
  const loaded = await loadWithFallback(path, read, isDraftDamage);
  return { ...loaded, revision };
}

function isIntactDraft(bytes: Buffer): boolean {
  const text = decodeStrictUtf8(bytes);
  if (text === undefined) return false;
  try {
    parseDraft(text);
    return true;
  } catch {
    return false;
  }
}

/** The revision of each file as this app last read or wrote it. */
export type RevisionBook = Map<string, string>;

export interface SaveDraftOptions {
  now?: () => Date;
  /**
   * Where the revision this app last read or wrote at `path` is kept. When the file on disk is
   * another one, the save is refused with `draft/changed-on-disk` and nothing changes; the book is
   * read when the save actually runs (after earlier saves to the same file) and updated after it.
   */
  revisions?: RevisionBook;
  /** Replace the file even when another program changed it (the writer chose to). */
  overwrite?: boolean;
}

export interface SavedDraftFile extends AtomicWriteResult {
  /** The revision just written. */
  revision: string;
}

/**
 * Writes a draft atomically, keeping the previous good version as `.bak` and a damaged one aside.
 * A draft larger than a draft may be is refused before anything is written (`draft/too-large`),
 * so the app never saves a file it would then refuse to open. Callers run saves of one file one
 * after another (SerialQueues), so the revision book and `.bak` follow the order of the saves.
 */
export async function saveDraft(path: string, draft: Draft, options: SaveDraftOptions = {}): Promise<SavedDraftFile> {
  const bytes = Buffer.from(serializeDraft(draft, path), 'utf8');
  const { revisions } = options;
  const expectedRevision = options.overwrite ? undefined : revisions?.get(path);
  await mkdir(dirname(path), { recursive: true });
  const written = await writeFileAtomic(path, bytes, {
    isIntact: isIntactDraft,
    maxCurrentBytes: MAX_DRAFT_BYTES,
    checkCurrent(current) {
      if (expectedRevision !== undefined && current !== undefined && revisionOf(current) !== expectedRevision) {
        throw new OliveError(
          'draft/changed-on-disk',
          'this draft was changed by another program since it was opened here, so it was not saved; reload it, ' +
            'overwrite it, or save as a new file',
          path,
        );
      }
    },
    ...(options.now ? { now: options.now } : {}),
  });
  const revision = revisionOf({ bytes, size: bytes.length, mtimeMs: 0 });
  revisions?.set(path, revision);
  return { ...written, revision };
}
