import { readFile, stat } from 'node:fs/promises';
import { OliveError } from '../errors';
import { parseDraft } from './parse';
import { MAX_DRAFT_BYTES, type Draft } from './schema';

/** Reads and parses a `.olive` file. The size is checked before reading so a huge file is never loaded. */
export async function readDraftFile(path: string): Promise<Draft> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new OliveError('draft/not-a-file', 'this is not a file', path);
    size = info.size;
  } catch (error) {
    if (error instanceof OliveError) throw error;
    throw new OliveError('draft/unreadable', `cannot read this file (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`, path);
  }
  if (size > MAX_DRAFT_BYTES) {
    throw new OliveError('draft/too-large', `this file is ${(size / 1024 / 1024).toFixed(1)} MB, larger than the ${MAX_DRAFT_BYTES / 1024 / 1024} MB a draft may be`, path);
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new OliveError('draft/unreadable', `cannot read this file (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`, path);
  }
  return parseDraft(decodeUtf8(bytes, path), path);
}

/** Strict UTF-8: a file in another encoding is reported, not silently mangled. */
export function decodeUtf8(bytes: Uint8Array, where: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new OliveError('draft/not-utf8', 'this file is not UTF-8 text', where);
  }
}
