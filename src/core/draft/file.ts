import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { OliveError } from '../errors';
import { checkDraftSize, parseDraft } from './parse';
import { MAX_DRAFT_BYTES, type Draft } from './schema';

function unreadable(error: unknown, path: string): OliveError {
  return new OliveError('draft/unreadable', `cannot read this file (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`, path);
}

/**
 * The bytes of a `.olive` file. It must be a regular file (a link to one is followed) no larger
 * than a draft may be: both are checked on the open handle before anything is read, so a device,
 * a pipe or a huge file is refused at once instead of read.
 */
export async function readDraftBytes(path: string): Promise<Buffer> {
  let handle;
  try {
    // Non-blocking, so a named pipe cannot hang the open; it is then refused as not a regular file.
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EISDIR') throw new OliveError('draft/not-a-file', 'this is a folder, not a draft', path);
    throw unreadable(error, path);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new OliveError('draft/not-a-file', 'this is not a regular file', path);
    checkDraftSize(info.size, path);
    // Read until the end, but never more than one byte past the limit: a file that grows while it
    // is read is still caught.
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(Math.max(info.size - length, 64 * 1024), MAX_DRAFT_BYTES + 1 - length));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, length);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      length += bytesRead;
      checkDraftSize(length, path);
    }
    return Buffer.concat(chunks, length);
  } catch (error) {
    if (error instanceof OliveError) throw error;
    throw unreadable(error, path);
  } finally {
    await handle.close();
  }
}

/** Reads and parses a `.olive` file (see readDraftBytes for what is refused before reading). */
export async function readDraftFile(path: string): Promise<Draft> {
  return parseDraft(decodeUtf8(await readDraftBytes(path), path), path);
}

/** Strict UTF-8: a file in another encoding is reported, not silently mangled. */
export function decodeUtf8(bytes: Uint8Array, where: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new OliveError('draft/not-utf8', 'this file is not UTF-8 text', where);
  }
}
