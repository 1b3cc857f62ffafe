import { lstat, realpath } from 'node:fs/promises';
import { dirname, extname, isAbsolute, normalize, relative, resolve } from 'node:path';
import { OliveError } from '../../core/errors';

/** What a path is used for: a draft (`.olive`), an exported PDF (`.pdf`), or either (reveal). */
export type PathPurpose = 'draft' | 'pdf' | 'draft-or-pdf';

const EXTENSIONS: Record<PathPurpose, string[]> = {
  draft: ['.olive'],
  pdf: ['.pdf'],
  'draft-or-pdf': ['.olive', '.pdf'],
};

const refuse = (message: string, path: string) => new OliveError('path/not-allowed', message, path);

function hasExtension(path: string, purpose: PathPurpose): boolean {
  return EXTENSIONS[purpose].includes(extname(path).toLowerCase());
}

function inside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** The real location of `path`, or of its nearest existing folder when it does not exist yet. */
async function realLocation(path: string): Promise<{ real: string; exists: boolean }> {
  try {
    return { real: await realpath(path), exists: true };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  try {
    await lstat(path);
  } catch {
    // Nothing there yet: judge the folder it would be made in.
    const parent = dirname(path);
    if (parent === path) return { real: path, exists: false };
    const above = await realLocation(parent);
    return { real: resolve(above.real, relative(parent, path)), exists: false };
  }
  // A link to nothing: its target is unknown, so it is judged as refused by the caller.
  return { real: '', exists: true };
}

/**
 * The files the renderer may name (docs/ARCHITECTURE.md, "Security boundaries"). A compromised
 * renderer must not read, overwrite, trash, rename or reveal arbitrary files, so main acts only on:
 * - files the writer chose in a dialog, or that the OS asked the app to open (`grant`);
 * - files inside the app's own folders (`grantFolder`: Documents/Olive Branch).
 * The recent list and recovery copies are data, never grants. Every use is checked again
 * (`check`): the right extension, inside its granted folder, and a symlink only to a regular file
 * with the right extension that is itself inside the folder (no escape through a link).
 */
export class PathGrants {
  private readonly files = new Set<string>();
  private readonly folders = new Set<string>();

  constructor(private readonly caseInsensitive = process.platform === 'win32' || process.platform === 'darwin') {}

  private key(path: string): string {
    const full = normalize(resolve(path));
    return this.caseInsensitive ? full.toLowerCase() : full;
  }

  grant(path: string): void {
    this.files.add(this.key(path));
  }

  grantFolder(folder: string): void {
    this.folders.add(normalize(resolve(folder)));
  }

  revoke(path: string): void {
    this.files.delete(this.key(path));
  }

  /** The granted folder `path` lies in, if any. */
  private folderOf(path: string): string | undefined {
    const key = this.key(path);
    for (const folder of this.folders) if (inside(this.key(folder), key)) return folder;
    return undefined;
  }

  has(path: string): boolean {
    return this.files.has(this.key(path)) || this.folderOf(path) !== undefined;
  }

  /**
   * Resolves `path` for `purpose` or throws `path/not-allowed`. `grantsNeeded: false` (tests and
   * the Chromium harness, which have no dialogs) skips only the grant itself, never the checks of
   * extension, file type and links.
   */
  async check(path: string, purpose: PathPurpose, grantsNeeded = true): Promise<string> {
    const full = resolve(path);
    if (!hasExtension(full, purpose)) {
      const what = purpose === 'pdf' ? 'a PDF (.pdf)' : purpose === 'draft' ? 'a draft (.olive)' : 'a draft or a PDF';
      throw refuse(`this is not ${what}, so Olive Branch does not touch it`, path);
    }
    const folder = this.folderOf(full);
    const byFile = this.files.has(this.key(full));
    if (grantsNeeded && !byFile && folder === undefined) {
      throw refuse('this file was not chosen in a dialog or made in the Olive Branch folder', path);
    }
    const { real, exists } = await realLocation(full);
    if (exists) {
      const info = await lstat(full);
      if (real === '') throw refuse('this is a link to a file that is not there', path);
      if (info.isSymbolicLink() || real !== full) {
        if (!hasExtension(real, purpose)) throw refuse('this is a link to a file that is not a draft', path);
      }
      const target = await lstat(real);
      if (!target.isFile()) throw refuse('this is not a regular file', path);
    }
    // A file reached through a granted folder must really be in it, links followed.
    if (grantsNeeded && !byFile && folder !== undefined) {
      const realFolder = await realpath(folder).catch(() => folder);
      if (
        !inside(
          this.caseInsensitive ? realFolder.toLowerCase() : realFolder,
          this.caseInsensitive ? real.toLowerCase() : real,
        )
      ) {
        throw refuse('this file leads out of the Olive Branch folder through a link', path);
      }
    }
    return full;
  }
}
