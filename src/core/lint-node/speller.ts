/**
 * Node-only: the offline English Hunspell dictionary (dictionary-en) in nspell, for the linter's
 * spelling advice. Kept out of src/core/lint, which must also run in the renderer.
 *
 * Loaded on first use (nspell and the dictionary are imported then, not with this module). Given a
 * cache folder, the word forms nspell derives from the dictionary are kept there as one sorted
 * text (./word-forms.ts): the next process reads them in milliseconds instead of spending about a
 * third of a second rebuilding them. The cache file is named after a hash of the dictionary, so a
 * new dictionary makes a new file; a damaged file is rebuilt; a folder that cannot be written
 * only costs the rebuild.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createSpeller } from '../lint/speller';
import type { Speller } from '../lint/types';
import { formTableFromText, formsToText, type FormTable } from './word-forms';

/** Bump when the cache text changes shape (or nspell's table does). 2: the forms' length in the header. */
const CACHE_FORMAT = 'olive-spelling-forms 2';

/** What of an nspell instance the cache restores (nspell's own field names). */
interface NSpellInternals {
  data: FormTable;
  compoundRuleCodes: Record<string, string[]>;
  dictionary(words: string): unknown;
}

export interface SpellerOptions {
  /** Folder for the word-form cache; without one, the forms are rebuilt in every process. */
  cacheDir?: string;
}

async function dictionaryFiles(): Promise<{ aff: string; dic: () => string; hash: string }> {
  // dictionary-en v4 reads index.aff and index.dic itself and exports them as bytes.
  const { default: dictionary } = await import('dictionary-en');
  const hash = createHash('sha256').update(CACHE_FORMAT).update(dictionary.aff).update(dictionary.dic).digest('hex');
  const decoder = new TextDecoder('utf-8');
  // The word list (half a megabyte) is decoded only when there is no cache to read instead.
  return { aff: decoder.decode(dictionary.aff), dic: () => decoder.decode(dictionary.dic), hash };
}

/**
 * The cache text: a header naming format and dictionary, the number of forms and the length of
 * their text (UTF-16 units, as read back), the compound-rule words, then the forms.
 */
function cacheText(hash: string, spell: NSpellInternals): string {
  const forms = formsToText(spell.data);
  const count = forms === '' ? 0 : forms.split('\n').length;
  return `${CACHE_FORMAT} ${hash} ${count} ${forms.length}\n${JSON.stringify(spell.compoundRuleCodes)}\n${forms}`;
}

/**
 * The forms and compound-rule words from a cache text, or null when it is not a whole cache for
 * `hash`. The forms' length in the header catches a file cut short or grown without reading
 * every line (the table searches the text as it is; see ./word-forms.ts).
 */
function readCache(
  text: string,
  hash: string,
): { table: FormTable; compoundRuleCodes: Record<string, string[]> } | null {
  const header = text.indexOf('\n');
  const second = text.indexOf('\n', header + 1);
  if (header < 0 || second < 0) return null;
  const [format, version, cachedHash, count, length] = text.slice(0, header).split(' ');
  if (`${format} ${version}` !== CACHE_FORMAT || cachedHash !== hash) return null;
  const forms = Number(count);
  if (!Number.isSafeInteger(forms) || forms < 0 || Number(length) !== text.length - (second + 1)) return null;
  try {
    const compoundRuleCodes = JSON.parse(text.slice(header + 1, second)) as Record<string, string[]>;
    return { table: formTableFromText(text.slice(second + 1), forms).table, compoundRuleCodes };
  } catch {
    return null;
  }
}

async function writeCache(path: string, text: () => string): Promise<void> {
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temp, text(), { encoding: 'utf8', mode: 0o644 });
    await rename(temp, path);
  } catch {
    // A read-only or full cache folder only means the next process rebuilds the forms.
    await rm(temp, { force: true }).catch(() => undefined);
  }
}

async function buildChecker(
  cacheDir: string | undefined,
): Promise<NSpellInternals & { correct(w: string): boolean; suggest(w: string): string[] }> {
  const [{ default: nspell }, files] = await Promise.all([import('nspell'), dictionaryFiles()]);
  const path = cacheDir === undefined ? undefined : join(cacheDir, `spelling-en-${files.hash.slice(0, 16)}.txt`);
  const cached = path === undefined ? null : readCache(await readFile(path, 'utf8').catch(() => ''), files.hash);
  if (cached) {
    // nspell's fields are not in its types; these are the ones its constructor fills from a dictionary.
    const spell = nspell(files.aff) as unknown as NSpellInternals & ReturnType<typeof nspell>;
    spell.data = cached.table;
    Object.assign(spell.compoundRuleCodes, cached.compoundRuleCodes);
    spell.dictionary(''); // turns the compound rules into expressions over the restored words
    return spell;
  }
  const spell = nspell(files.aff, files.dic()) as unknown as NSpellInternals & ReturnType<typeof nspell>;
  if (path !== undefined) await writeCache(path, () => cacheText(files.hash, spell));
  return spell;
}

const checkers = new Map<string, ReturnType<typeof buildChecker>>();

/**
 * The English speller. The dictionary is loaded once per process (per cache folder) on the first
 * call; a failed load is forgotten so the next call retries.
 */
export async function loadEnglishSpeller(
  extraWords: readonly string[] = [],
  options: SpellerOptions = {},
): Promise<Speller> {
  const key = options.cacheDir ?? '';
  let checker = checkers.get(key);
  if (!checker) {
    checker = buildChecker(options.cacheDir);
    checkers.set(key, checker);
    checker.catch(() => checkers.delete(key));
  }
  return createSpeller(await checker, extraWords);
}
