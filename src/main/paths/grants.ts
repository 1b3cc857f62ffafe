import { normalize, resolve } from 'node:path';

/**
 * The files the renderer may name. A compromised renderer must not be able to read, overwrite,
 * trash or reveal arbitrary files, so main only acts on paths the writer chose in a dialog, that
 * main opened or wrote, that are in the recent list, or that came from the command line.
 */
export class PathGrants {
  private readonly granted = new Set<string>();

  constructor(private readonly caseInsensitive = process.platform === 'win32' || process.platform === 'darwin') {}

  private key(path: string): string {
    const full = normalize(resolve(path));
    return this.caseInsensitive ? full.toLowerCase() : full;
  }

  grant(path: string): void {
    this.granted.add(this.key(path));
  }

  revoke(path: string): void {
    this.granted.delete(this.key(path));
  }

  has(path: string): boolean {
    return this.granted.has(this.key(path));
  }
}
