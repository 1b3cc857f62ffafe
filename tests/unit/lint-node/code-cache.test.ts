/**
 * The V8 code cache the built `olive lint` runs with (src/core/lint-node/code-cache.ts): made on
 * the first run, read on the next, and hostile input like every cache file: damaged, cut short,
 * oversized, made for another script or not a file at all, it is ignored and rewritten, never a
 * crash; without a writable folder the script still runs, compiled from source.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import {
  codeCacheBytes,
  codeCacheName,
  readCodeCache,
  runCachedScript,
  writeCodeCache,
} from '../../../src/core/lint-node/code-cache';
import { agedFile } from '../aged-file';

const CODE_CACHE_MODULE = pathToFileURL(resolve(import.meta.dirname, '../../../src/core/lint-node/code-cache.ts')).href;

const root = mkdtempSync(join(tmpdir(), 'olive-code-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let work = '';
let cacheDir = '';
let script = '';
let n = 0;
beforeEach(() => {
  work = join(root, `case-${n++}`);
  cacheDir = join(work, 'cache');
  script = join(work, 'script.cjs');
  mkdirSync(work, { recursive: true });
  // Enough code that V8's data is worth keeping, a function called only when run, and some UTF-8.
  writeFileSync(
    script,
    '(function () { function shout(s) { return s.toUpperCase() + "\u2013!"; } ' +
      'return { value: shout("olive"), sum: [1, 2, 3].reduce((a, b) => a + b, 0) }; })',
  );
});

async function run(...dirs: [string | undefined] | []) {
  const result = await runCachedScript(script, 'test', dirs.length === 0 ? cacheDir : dirs[0]);
  const saved = await result.save();
  return { from: result.from, saved, value: result.value as () => { value: string; sum: number } };
}

const cacheFiles = (): string[] => readdirSync(cacheDir).filter((f) => f.endsWith('.bin'));
const theCache = (): string => join(cacheDir, cacheFiles()[0] as string);

describe('a script with a code cache', () => {
  it('compiles and keeps the cache on the first run, loads it on the next, with the same result', async () => {
    const first = await run();
    expect(first.from).toBe('compiled');
    expect(first.saved).toBe(true);
    expect(first.value()).toEqual({ value: 'OLIVE\u2013!', sum: 6 });
    expect(cacheFiles()).toHaveLength(1);
    expect(cacheFiles()[0]).toMatch(new RegExp(`^code-test-[0-9a-f]{16}-${process.version}-${process.arch}\\.bin$`));
    if (process.platform !== 'win32') expect(statSync(theCache()).mode & 0o777).toBe(0o600);

    const second = await run();
    expect(second.from).toBe('loaded');
    expect(second.saved).toBe(false);
    expect(second.value()).toEqual({ value: 'OLIVE\u2013!', sum: 6 });
  });

  it('ignores and rewrites a damaged cache: cut short, a flipped byte, another magic, garbage, empty', async () => {
    await run();
    const file = theCache();
    const good = readFileSync(file);
    const flipped = Buffer.from(good);
    flipped[flipped.length - 10] = (flipped[flipped.length - 10] as number) ^ 0xff;
    const otherMagic = Buffer.from(good);
    otherMagic[0] = 0x21;
    for (const damaged of [
      good.subarray(0, good.length - 7),
      good.subarray(0, 40),
      flipped,
      otherMagic,
      Buffer.from('not a cache at all'),
      Buffer.alloc(0),
    ]) {
      writeFileSync(file, damaged);
      const again = await run();
      expect(again.from).toBe('compiled');
      expect(again.value().value).toBe('OLIVE\u2013!');
      expect(again.saved).toBe(true);
      expect((await run()).from).toBe('loaded');
    }
  });

  it('rewrites a well-formed cache V8 refuses (data that is not V8’s)', async () => {
    // In a fresh process each time: within one, V8 may reuse the script it already compiled and
    // never look at the data.
    const inChild = (): { from: string; saved: boolean; sum: number } => {
      const code =
        `const { runCachedScript } = await import(${JSON.stringify(CODE_CACHE_MODULE)});` +
        `const r = await runCachedScript(${JSON.stringify(script)}, 'test', ${JSON.stringify(cacheDir)});` +
        'const saved = await r.save();' +
        'process.stdout.write(JSON.stringify({ from: r.from, saved, sum: r.value().sum }));';
      const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
        encoding: 'utf8',
      });
      expect(child.stderr).toBe('');
      return JSON.parse(child.stdout) as { from: string; saved: boolean; sum: number };
    };
    expect(inChild()).toEqual({ from: 'compiled', saved: true, sum: 6 });
    expect(inChild()).toEqual({ from: 'loaded', saved: false, sum: 6 });
    const file = theCache();
    const hash = readFileSync(file).subarray(8, 40);
    // The header is right and the checksum matches, but V8 cannot use the data.
    writeFileSync(file, codeCacheBytes(hash, Buffer.alloc(4096, 7)));
    expect(inChild()).toEqual({ from: 'compiled', saved: true, sum: 6 });
    expect(inChild()).toEqual({ from: 'loaded', saved: false, sum: 6 });
  });

  it('never reads a cache made for other bytes, even of the same length', async () => {
    await run();
    const before = readFileSync(theCache());
    writeFileSync(script, readFileSync(script, 'utf8').replace('olive', 'OLIVE'));
    const changed = await run();
    expect(changed.from).toBe('compiled');
    expect(changed.value().value).toBe('OLIVE\u2013!');
    // A new file, named by the new bytes; the old one is left for the old script.
    expect(cacheFiles()).toHaveLength(2);
    expect(cacheFiles().some((f) => readFileSync(join(cacheDir, f)).equals(before))).toBe(true);
  });

  it('checks the size before reading: an oversized file is ignored', async () => {
    await run();
    const file = theCache();
    const hash = readFileSync(file).subarray(8, 40);
    const size = statSync(file).size;
    expect(await readCodeCache(file, hash, size)).toBeDefined();
    expect(await readCodeCache(file, hash, size - 1)).toBeUndefined();
  });

  it('reads nothing from a folder, a missing file or a named pipe, and does not hang on the pipe', async () => {
    const hash = Buffer.alloc(32, 1);
    const folder = join(work, 'folder');
    mkdirSync(folder);
    expect(await readCodeCache(folder, hash)).toBeUndefined();
    expect(await readCodeCache(join(work, 'missing'), hash)).toBeUndefined();
    if (process.platform !== 'win32') {
      // A named pipe where the cache file should be: ignored at once, then replaced by a cache.
      mkdirSync(cacheDir, { recursive: true });
      const pipe = join(cacheDir, codeCacheName('test', createHash('sha256').update(readFileSync(script)).digest()));
      expect(spawnSync('mkfifo', [pipe]).status).toBe(0);
      expect(await readCodeCache(pipe, hash)).toBeUndefined();
      const first = await run();
      expect(first.from).toBe('compiled');
      expect(first.saved).toBe(true);
      expect(statSync(pipe).isFile()).toBe(true);
      expect((await run()).from).toBe('loaded');
    }
  });

  it.skipIf(process.platform === 'win32')(
    'reads code only from a file of this user that nobody else may write to, never through a link',
    async () => {
      await run();
      const file = theCache();
      // Writable by others: ignored, then replaced by a private file.
      chmodSync(file, 0o666);
      expect((await run()).from).toBe('compiled');
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect((await run()).from).toBe('loaded');
      // Another user's file (only root can make one here).
      if (process.getuid?.() === 0) {
        chownSync(file, 12345, 12345);
        expect((await run()).from).toBe('compiled');
        expect(statSync(file).uid).toBe(0);
        expect((await run()).from).toBe('loaded');
      }
      // A link to a good cache elsewhere.
      const elsewhere = join(work, 'elsewhere.bin');
      renameSync(file, elsewhere);
      symlinkSync(elsewhere, file);
      expect((await run()).from).toBe('compiled');
      expect(lstatSync(file).isFile()).toBe(true);
      expect((await run()).from).toBe('loaded');
      // A folder others may write to (a umask of 002 makes one): each file is judged on its own,
      // on the open handle, so a file swapped in by someone else is still refused.
      chmodSync(cacheDir, 0o777);
      expect((await run()).from).toBe('loaded');
      if (process.getuid?.() === 0) {
        chownSync(file, 12345, 12345);
        expect((await run()).from).toBe('compiled');
        expect((await run()).from).toBe('loaded');
      }
      chmodSync(cacheDir, 0o700);
    },
  );

  it('runs without a cache where none can be kept: no folder given, or a file where the folder should be', async () => {
    const none = await run(undefined);
    expect(none.from).toBe('compiled');
    expect(none.saved).toBe(false);
    expect(none.value().sum).toBe(6);

    const blocker = join(work, 'not-a-folder');
    writeFileSync(blocker, '');
    const blocked = await run(join(blocker, 'cache'));
    expect(blocked.from).toBe('compiled');
    expect(blocked.saved).toBe(false);
    expect(blocked.value().sum).toBe(6);
    // Nothing but the blocker was left behind.
    expect(readdirSync(work).sort()).toEqual(['not-a-folder', 'script.cjs']);
  });

  it('keeps the two newest caches of other builds and removes older ones and stale temp files', async () => {
    mkdirSync(cacheDir, { recursive: true });
    const old = (name: string, ageSeconds: number): string => agedFile(cacheDir, name, ageSeconds);
    const builds = [1, 2, 3, 4].map((k) => old(`code-test-${String(k).repeat(16)}-v0-x.bin`, k * 100));
    const staleTemp = old(`code-test-${'5'.repeat(16)}-v0-x.bin.1.abcd.tmp`, 600);
    const freshTemp = old(`code-test-${'6'.repeat(16)}-v0-x.bin.2.abcd.tmp`, 1);
    const otherScript = old(`code-other-${'7'.repeat(16)}-v0-x.bin`, 900);
    await run();
    const left = readdirSync(cacheDir);
    expect(left).toContain(builds[0]);
    expect(left).toContain(builds[1]);
    expect(left).not.toContain(builds[2]);
    expect(left).not.toContain(builds[3]);
    expect(left).not.toContain(staleTemp);
    expect(left).toContain(freshTemp);
    expect(left).toContain(otherScript);
  });

  it('writes whole files only: a failed write leaves no temp file', async () => {
    const blocker = join(work, 'blocker');
    writeFileSync(blocker, '');
    expect(await writeCodeCache(join(blocker, 'x.bin'), Buffer.alloc(32), Buffer.alloc(10))).toBe(false);
    expect(readdirSync(work).sort()).toEqual(['blocker', 'script.cjs']);
    // V8's data is asked for only once the file exists: nothing is serialised for nothing.
    let asked = 0;
    const data = (): Buffer => {
      asked++;
      return Buffer.alloc(10);
    };
    expect(await writeCodeCache(join(blocker, 'x.bin'), Buffer.alloc(32), data)).toBe(false);
    expect(asked).toBe(0);
    expect(await writeCodeCache(join(work, 'cache', 'x.bin'), Buffer.alloc(32), data)).toBe(true);
    expect(asked).toBe(1);
  });
});
