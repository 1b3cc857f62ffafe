import { spawn } from 'node:child_process';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeStaleTemps, renameWithRetry, writeFileAtomic } from '../../src/core/files/atomic';
import { loadWithFallback } from '../../src/main/store/load';
import { tempDir } from './helpers';

const TSX_IMPORT = ['--import', 'tsx'];

describe('writeFileAtomic', () => {
  it('writes a new file without leaving temp files or a backup', async () => {
    const dir = await tempDir();
    const file = join(dir, 'a.olive');
    await writeFileAtomic(file, 'first');
    expect(await readFile(file, 'utf8')).toBe('first');
    expect(await readdir(dir)).toEqual(['a.olive']);
  });

  it('keeps the previous version as .bak when replacing', async () => {
    const dir = await tempDir();
    const file = join(dir, 'a.olive');
    await writeFileAtomic(file, 'first');
    await writeFileAtomic(file, 'second');
    await writeFileAtomic(file, 'third');
    expect(await readFile(file, 'utf8')).toBe('third');
    expect(await readFile(`${file}.bak`, 'utf8')).toBe('second');
    expect((await readdir(dir)).sort()).toEqual(['a.olive', 'a.olive.bak']);
  });

  it('never overwrites a damaged file: it is moved aside and the good .bak is kept', async () => {
    const dir = await tempDir();
    const file = join(dir, 'a.olive');
    const isIntact = (bytes: Buffer) => bytes.toString().startsWith('good');
    await writeFileAtomic(file, 'good 1', { isIntact });
    await writeFileAtomic(file, 'good 2', { isIntact });
    await writeFile(file, 'garbage'); // damaged outside the app
    const result = await writeFileAtomic(file, 'good 3', { isIntact, now: () => new Date('2026-01-02T03:04:05.000Z') });
    expect(result.damagedMovedTo).toBe(`${file}.damaged-2026-01-02T03-04-05-000Z`);
    expect(await readFile(result.damagedMovedTo ?? '', 'utf8')).toBe('garbage');
    expect(await readFile(`${file}.bak`, 'utf8')).toBe('good 1');
    expect(await readFile(file, 'utf8')).toBe('good 3');
  });

  it('retries a rename that fails with a transient error (EBUSY/EPERM/EACCES)', async () => {
    let calls = 0;
    const flaky = async () => {
      calls++;
      if (calls < 3) throw Object.assign(new Error('busy'), { code: calls === 1 ? 'EBUSY' : 'EPERM' });
    };
    await renameWithRetry('a', 'b', 8, flaky as never);
    expect(calls).toBe(3);
  });

  it('does not retry a permanent error', async () => {
    let calls = 0;
    const broken = async () => {
      calls++;
      throw Object.assign(new Error('no'), { code: 'ENOENT' });
    };
    await expect(renameWithRetry('a', 'b', 8, broken as never)).rejects.toThrow('no');
    expect(calls).toBe(1);
  });

  it('a save killed midway leaves the old file intact', async () => {
    const dir = await tempDir();
    const file = join(dir, 'big.olive');
    await writeFileAtomic(file, 'the old, complete version');
    const child = spawn(
      process.execPath,
      [...TSX_IMPORT, resolve(import.meta.dirname, 'fixtures/atomic-writer.ts'), file, '200'],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const exited = new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_code, signal) => done(signal)));
    // Kill as soon as the temp file holds some, but not all, of the new bytes.
    let partial = 0;
    for (let i = 0; i < 2000 && partial === 0; i++) {
      const temps = (await readdir(dir)).filter((n) => n.endsWith('.tmp'));
      for (const t of temps) {
        const size = await stat(join(dir, t))
          .then((s) => s.size)
          .catch(() => 0);
        if (size > 0 && size < 200 * 1024 * 1024) partial = size;
      }
      if (partial === 0) await new Promise((r) => setTimeout(r, 5));
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(partial).toBeGreaterThan(0);
    expect(await readFile(file, 'utf8')).toBe('the old, complete version');
    // The half-written temp file is left over, never mistaken for the draft, and cleaned up later.
    expect(await removeStaleTemps(file, 0)).toBe(1);
    expect(await readdir(dir)).toEqual(['big.olive']);
  });
});

describe('loadWithFallback', () => {
  const parse = async (path: string) => {
    const text = await readFile(path, 'utf8');
    if (!text.startsWith('good')) throw new Error('damaged');
    return text;
  };

  it('loads the .bak with a notice when the file is damaged, and leaves the damaged file alone', async () => {
    const dir = await tempDir();
    const file = join(dir, 'a.olive');
    await writeFile(`${file}.bak`, 'good old');
    await writeFile(file, 'garbage');
    const loaded = await loadWithFallback(file, parse, () => true);
    expect(loaded.value).toBe('good old');
    expect(loaded.fromBackup).toBe(true);
    expect(loaded.notice).toMatch(/damaged/);
    expect(await readFile(file, 'utf8')).toBe('garbage');
  });

  it('keeps the original error when the backup is missing too', async () => {
    const dir = await tempDir();
    const file = join(dir, 'a.olive');
    await writeFile(file, 'garbage');
    await expect(loadWithFallback(file, parse, () => true)).rejects.toThrow('damaged');
  });
});
