import { OliveError } from '../errors';
import { readBoundedFile, UnreadableFile } from '../files/read';
import { decodeStrictUtf8 } from '../files/utf8';
import { checkDraftSize, parseDraft } from './parse';
import { MAX_DRAFT_BYTES, type Draft } from './schema';

/**
 * The bytes of a `.olive` file: a regular file (a link to one is followed) no larger than a draft
 * may be, both checked before anything is read, so a device, a pipe or a huge file is refused at
 * once instead of read.
 */
export async function readDraftBytes(path: string): Promise<Buffer> {
  try {
    return await readBoundedFile(path, MAX_DRAFT_BYTES);
  } catch (error) {
    if (!(error instanceof UnreadableFile)) throw error;
    if (error.reason === 'too-large') {
      checkDraftSize(error.size ?? MAX_DRAFT_BYTES + 1, path);
    }
    if (error.reason === 'folder') throw new OliveError('draft/not-a-file', 'this is a folder, not a draft', path);
    if (error.reason === 'not-a-file') throw new OliveError('draft/not-a-file', 'this is not a regular file', path);
    throw new OliveError('draft/unreadable', `cannot read this file (${error.errno ?? error.reason})`, path);
  }
}

/** Reads and parses a `.olive` file (see readDraftBytes for what is refused before reading). */
export async function readDraftFile(path: string): Promise<Draft> {
  return parseDraft(decodeUtf8(await readDraftBytes(path), path), path);
}

/** Strict UTF-8: a file in another encoding is reported, not silently mangled. */
export function decodeUtf8(bytes: Uint8Array, where: string): string {
  const text = decodeStrictUtf8(bytes);
  if (text === undefined) throw new OliveError('draft/not-utf8', 'this file is not UTF-8 text', where);
  return text;
}
