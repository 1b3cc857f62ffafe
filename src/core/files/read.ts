import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

/** Why a file was not read, for the caller to say in its own words. */
export type UnreadableReason = 'missing' | 'folder' | 'not-a-file' | 'no-permission' | 'too-large' | 'error';

export class UnreadableFile extends Error {
  constructor(
    readonly reason: UnreadableReason,
    readonly path: string,
    /** The size found, for `too-large`. */
    readonly size?: number,
    readonly errno?: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'UnreadableFile';
  }
}

function reasonOf(code: string | undefined): UnreadableReason {
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'missing';
  if (code === 'EISDIR') return 'folder';
  if (code === 'EACCES' || code === 'EPERM') return 'no-permission';
  return 'error';
}

/**
 * Reads a whole regular file of at most `maxBytes`, checking before any work: the open is
 * non-blocking (a named pipe cannot hang it), the handle must be a regular file (not a folder,
 * device such as /dev/zero, or pipe), its size within the limit; and reading stops one byte past
 * the limit, so a file that grows meanwhile is caught too. Throws UnreadableFile.
 */
export async function readBoundedFile(path: string, maxBytes: number): Promise<Buffer> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UnreadableFile(reasonOf(code), path, undefined, code);
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new UnreadableFile('folder', path);
    if (!info.isFile()) throw new UnreadableFile('not-a-file', path);
    if (info.size > maxBytes) throw new UnreadableFile('too-large', path, info.size);
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(Math.max(info.size - length, 64 * 1024), maxBytes + 1 - length));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, length);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      length += bytesRead;
      if (length > maxBytes) throw new UnreadableFile('too-large', path, length);
    }
    return Buffer.concat(chunks, length);
  } catch (error) {
    if (error instanceof UnreadableFile) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UnreadableFile(reasonOf(code), path, undefined, code);
  } finally {
    await handle.close();
  }
}
