import { execFileSync } from 'node:child_process';
import { mkdir, readdir, statfs, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir } from './helpers';

/** Only root may mount; elsewhere the disk-full tests are skipped, saying so in their name. */
export const canMountTmpfs = process.platform === 'linux' && process.getuid?.() === 0;
export const TINY_DISK = canMountTmpfs
  ? 'on a full 64 KB tmpfs'
  : 'on a full disk (skipped: mounting a small tmpfs needs root)';

/**
 * Runs `body` in a folder on a fresh 64 KB tmpfs, unmounted afterwards. `fill()` then takes all
 * but `leaveBytes` of the free space, so the next larger write fails with ENOSPC part way.
 */
export async function onTinyDisk(
  body: (folder: string, fill: (leaveBytes?: number) => Promise<void>) => Promise<void>,
): Promise<void> {
  const mountPoint = await tempDir('olive-tiny-');
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mountPoint]);
  try {
    const folder = join(mountPoint, 'Olive Branch');
    await mkdir(folder);
    const fill = async (leaveBytes = 4096) => {
      // tmpfs counts whole pages: fill page by page until only `leaveBytes` would still fit.
      let n = 0;
      for (;;) {
        const { bfree, bsize } = await statfs(mountPoint);
        if (bfree * bsize <= leaveBytes) break;
        await writeFile(join(mountPoint, `filler-${n++}`), Buffer.alloc(4096, 1)).catch(() => undefined);
        if (n > 64) break;
      }
    };
    await body(folder, fill);
  } finally {
    execFileSync('umount', ['-l', mountPoint]);
  }
}

/** Hidden temp files (`.name.<pid>.<random>.tmp`) left in `folder`. */
export async function tempFilesIn(folder: string): Promise<string[]> {
  return (await readdir(folder)).filter((n) => n.startsWith('.') && /\.(tmp|baktmp)$/.test(n));
}
