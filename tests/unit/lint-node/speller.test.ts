import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCacheDir } from '../../../src/core/lint-node/cache-dir';
import { loadEnglishSpeller } from '../../../src/core/lint-node/speller';
import { formTableFromText, formsToText, INDEX_AFTER } from '../../../src/core/lint-node/word-forms';
import type { Speller } from '../../../src/core/lint/types';

/** Words that exercise nspell's table: affixed forms, capitals, ordinals (compound rules), British spellings, typos. */
const WORDS = [
  'hello',
  'Hello',
  'HELLO',
  'walked',
  'walking',
  'unhappiness',
  'children',
  "don't",
  "isn't",
  'Paris',
  'paris',
  '1st',
  '22nd',
  '113th',
  '12th',
  '21th',
  'colour',
  'theatre',
  'organise',
  'recieve',
  'definately',
  'teh',
  'xyzzy',
  'Noah',
  'cinnamon',
  'buns',
  'bakery',
  'autumn',
  "o'clock",
  'wierd',
  'beleive',
  'friendship',
  'reconnecting',
];
const TYPOS = ['recieve', 'definately', 'wierd', 'beleive'];

let root = '';
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'olive-speller-'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

const answers = (speller: Speller): [string, boolean][] => WORDS.map((w) => [w, speller.correct(w)]);

describe('the English speller with a word-form cache', () => {
  it(
    'answers exactly as nspell built from the dictionary: ' + 'first run (writes the cache) and the next (reads it)',
    async () => {
      const built = await loadEnglishSpeller();
      const first = join(root, 'first');
      const writing = await loadEnglishSpeller([], { cacheDir: first });
      const files = await readdir(first);
      expect(files).toHaveLength(1);
      expect(files[0]).toMatch(/^spelling-en-[0-9a-f]{16}\.txt$/);

      // A fresh folder holding only the cache file: this load can only have come from it.
      const second = join(root, 'second');
      await cp(first, second, { recursive: true });
      const reading = await loadEnglishSpeller([], { cacheDir: second });

      expect(answers(writing)).toEqual(answers(built));
      expect(answers(reading)).toEqual(answers(built));
      expect(
        answers(built)
          .filter(([, ok]) => !ok)
          .map(([w]) => w),
      ).toEqual(expect.arrayContaining(['recieve', 'teh', 'xyzzy', '21th']));
      for (const typo of TYPOS) expect(reading.suggest(typo)).toEqual(built.suggest(typo));
      expect(reading.suggest('recieve')).toContain('receive');
    },
  );

  it('rebuilds a damaged cache file and writes it whole again', async () => {
    const good = join(root, 'good');
    await loadEnglishSpeller([], { cacheDir: good });
    const [name = ''] = await readdir(good);
    const whole = await readFile(join(good, name), 'utf8');

    // Cut short at a line's end or in a line, and grown by a line.
    const cut = whole.slice(0, Math.floor(whole.length / 2));
    for (const [k, bad] of [cut, cut.slice(0, cut.lastIndexOf('\n')), `${whole}\nzzzz`].entries()) {
      const damaged = join(root, `damaged-${k}`);
      await mkdir(damaged);
      await writeFile(join(damaged, name), bad);
      const speller = await loadEnglishSpeller([], { cacheDir: damaged });
      expect(speller.correct('walking')).toBe(true);
      expect(speller.correct('zebraz')).toBe(false);
      expect(speller.correct('zzzz')).toBe(false);
      expect(await readFile(join(damaged, name), 'utf8')).toBe(whole);
    }
  });

  it('works when the cache folder cannot be made (a file stands in its way)', async () => {
    const blocked = join(root, 'blocked');
    await writeFile(blocked, 'not a folder');
    const speller = await loadEnglishSpeller([], { cacheDir: join(blocked, 'cache') });
    expect(speller.correct('friendship')).toBe(true);
    expect(speller.correct('frendship')).toBe(false);
  });

  it('takes extra words as known, per call', async () => {
    const plain = await loadEnglishSpeller();
    const named = await loadEnglishSpeller(['Ximena']);
    expect(plain.correct('Ximena')).toBe(false);
    expect(named.correct('Ximena')).toBe(true);
  });
});

describe('the word-form table read from text', () => {
  it('finds every form with its flags, misses others, and keeps later additions and removals', () => {
    const source = { apple: ['S'], apples: [], 'apple pie': [], zebra: ['S', 'M'], Éclair: [] };
    const { table, size } = formTableFromText(formsToText(source));
    expect(size).toBe(5);
    for (const [form, flags] of Object.entries(source)) {
      expect(form in table, form).toBe(true);
      expect(table[form], form).toEqual(flags);
    }
    for (const missing of ['appl', 'applesauce', 'Apple', 'zebras', '', 'éclair'])
      expect(missing in table, missing).toBe(false);
    table.zebras = [];
    delete table.apple;
    expect('zebras' in table).toBe(true);
    expect('apple' in table).toBe(false);
    expect(table.apples).toEqual([]);
  });

  it('searches the text itself until lookups are many, then by its line starts, with the same answers', () => {
    // Forms of every length, flags on some, sorted as the cache keeps them.
    const source: Record<string, string[]> = {};
    for (let k = 0; k < 3000; k++) source[`w${(k * 7919) % 100003}${'x'.repeat(k % 5)}`] = k % 3 ? [] : [`F${k}`];
    const text = formsToText(source);
    const { table, size } = formTableFromText(text, Object.keys(source).length);
    expect(size).toBe(3000);
    const probes = [...Object.keys(source), ...Object.keys(source).map((f) => `${f}q`), '', 'a', 'w', 'zzz', '\t'];
    // Past INDEX_AFTER lookups the line starts are found; the answers must not change.
    expect(probes.length).toBeGreaterThan(2 * INDEX_AFTER);
    for (const probe of probes) expect(table[probe], probe).toEqual(source[probe]);
    for (const probe of probes) expect(probe in table, probe).toBe(probe in source);
  });

  it('takes the count it is given as the size, and finds the first and last forms', () => {
    const text = formsToText({ apple: ['S'], apples: [], zebra: [] });
    const { table, size } = formTableFromText(text, 3);
    expect(size).toBe(3);
    expect(table.apple).toEqual(['S']);
    expect('zebra' in table).toBe(true);
    expect('aardvark' in table).toBe(false);
    expect('zzz' in table).toBe(false);
    expect(formTableFromText('', 0).size).toBe(0);
  });

  it('an empty table holds nothing', () => {
    const { table, size } = formTableFromText(formsToText({}));
    expect(size).toBe(0);
    expect('a' in table).toBe(false);
  });
});

describe('the default cache folder', () => {
  it("follows each system's convention", () => {
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/x/cache' }, 'linux')).toBe('/x/cache/olive-branch');
    expect(defaultCacheDir({}, 'linux')).toMatch(/\.cache[\\/]olive-branch$/);
    expect(defaultCacheDir({}, 'darwin')).toMatch(/Library[\\/]Caches[\\/]olive-branch$/);
    expect(defaultCacheDir({ LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' }, 'win32')).toMatch(
      /olive-branch[\\/]Cache$/,
    );
  });
});
