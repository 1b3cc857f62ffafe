import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../../../src/core/lint';
import {
  compilePhrases,
  deserializePhrases,
  serializePhrases,
  usePhrases,
} from '../../../src/core/lint/engine/compile';
import { loadCachedPhrases } from '../../../src/core/lint-node/phrase-cache';
import { agedFile } from '../aged-file';

const dir = mkdtempSync(join(tmpdir(), 'olive-phrases-'));
afterAll(() => {
  usePhrases(compilePhrases());
  rmSync(dir, { recursive: true, force: true });
});

const TEXTS = [
  "I'm begging you, call me back.",
  'Hope you are proud of yourself.',
  'I would like us to be friends again.',
  'Hi Noah,\nAll my love,\nInes',
];

/** The same file with one array said to be one longer and another one shorter. */
function lyingHeader(good: Buffer): Buffer {
  const length = good.readUInt32LE(4);
  const header = JSON.parse(good.subarray(8, 8 + length).toString('utf8')) as { lengths: number[] };
  header.lengths[0] = (header.lengths[0] as number) + 1;
  header.lengths[1] = (header.lengths[1] as number) - 1;
  const json = Buffer.from(JSON.stringify(header));
  expect(json.length).toBe(length);
  return Buffer.concat([good.subarray(0, 8), json, good.subarray(8 + length)]);
}

describe('compiled phrases kept on disk', () => {
  it('reads back exactly what was compiled: every text lints the same', () => {
    const fresh = compilePhrases();
    const before = TEXTS.map((t) => lint(t, { kind: 'card' }));
    usePhrases(deserializePhrases(serializePhrases(fresh, fresh.vocabulary ?? new Set())));
    expect(TEXTS.map((t) => lint(t, { kind: 'card' }))).toEqual(before);
  });

  it(
    'compiles and keeps the file on the first run, loads ' + 'it on the next, and compiles again over a damaged file',
    () => {
      expect(loadCachedPhrases(dir)).toBe('compiled');
      const files = readdirSync(dir);
      expect(files).toHaveLength(1);
      expect(files[0]).toMatch(/^phrases-[0-9a-f]+-\d+\.bin$/);
      expect(loadCachedPhrases(dir)).toBe('loaded');
      const file = join(dir, files[0] as string);
      const good = readFileSync(file);
      // Cut short, a header that lies about its arrays, and not a stored trie at all.
      for (const damaged of [good.subarray(0, good.length - 4), lyingHeader(good), Buffer.from('{"nodes": [')]) {
        writeFileSync(file, damaged);
        expect(loadCachedPhrases(dir)).toBe('compiled');
        expect(readFileSync(file).equals(good)).toBe(true);
      }
      expect(loadCachedPhrases(dir)).toBe('loaded');
    },
  );

  it('keeps the two newest files of earlier phrase lists and removes older ones and stale temp files', () => {
    const folder = join(dir, 'tidy');
    mkdirSync(folder);
    const aged = (name: string, ageSeconds: number): string => agedFile(folder, name, ageSeconds);
    const earlier = [1, 2, 3].map((k) => aged(`phrases-${String(k).repeat(8)}-1000.bin`, k * 100));
    const olderFormat = aged('phrases-99999999-1000.json', 500);
    const staleTemp = aged('phrases-77777777-1000.bin.12.tmp', 600);
    const spelling = aged('spelling-en-0123456789abcdef.txt', 900);
    expect(loadCachedPhrases(folder)).toBe('compiled');
    const left = readdirSync(folder);
    expect(left.filter((name) => /^phrases-[0-9a-f]+-\d+\.bin$/.test(name) && !earlier.includes(name))).toHaveLength(1);
    expect(left).toContain(earlier[0]);
    expect(left).toContain(earlier[1]);
    expect(left).not.toContain(earlier[2]);
    expect(left).not.toContain(olderFormat);
    expect(left).not.toContain(staleTemp);
    // Other kinds of cache are not this code's to remove.
    expect(left).toContain(spelling);
  });

  it('goes on without a cache where it cannot write one', () => {
    // A file where the folder should be: the folder can never be made.
    const blocker = join(dir, 'not-a-folder');
    writeFileSync(blocker, '');
    expect(loadCachedPhrases(join(blocker, 'cache'))).toBe('compiled');
  });
});
