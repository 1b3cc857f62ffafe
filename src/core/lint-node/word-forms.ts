/**
 * nspell's table of word forms (every dictionary word with its affixed forms, about 124,000 for
 * dictionary-en) as one sorted text, one form a line: `form` or `form<TAB>["flag",...]`. Building
 * the table from the Hunspell files takes nspell about a third of a second; a lookup in this text
 * is a binary search. nspell reads its table only by key (`table[form]`, `form in table`), so a
 * Proxy over the text stands in for it.
 *
 * Finding the start of every line takes a few milliseconds, more than the few hundred lookups a
 * letter needs (about 300), so the first lookups search the text itself, line by line around the
 * middle; past INDEX_AFTER lookups (a long process, the desk) the starts are found once and used.
 */

/** The table nspell builds: form -> the affix flags it carries (empty for derived forms). */
export type FormTable = Record<string, string[]>;

/** The table as sorted lines (compared by UTF-16 code units, as the lookup compares). */
export function formsToText(table: FormTable): string {
  const forms = Object.keys(table).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return forms.map((form) => (table[form]?.length ? `${form}\t${JSON.stringify(table[form])}` : form)).join('\n');
}

/** Lookups searched in the text itself before the line starts are found and kept. */
export const INDEX_AFTER = 1000;

/** The start of every line of `text`. */
function lineStarts(text: string): Int32Array {
  let count = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
  const starts = new Int32Array(count);
  let line = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts[line++] = at + 1;
  return starts;
}

/**
 * A read-write view of the table in `text`. Forms added later (nspell's `add` and `personal`)
 * and removals are kept in memory beside the text. `lines`, when the caller knows it (the cache's
 * header, checked there with the text's length), is taken as the size instead of counting.
 */
export function formTableFromText(text: string, lines?: number): { table: FormTable; size: number } {
  const added = new Map<string, string[]>();
  const removed = new Set<string>();
  let starts: Int32Array | null = lines === undefined ? lineStarts(text) : null;
  const size = text.length === 0 ? 0 : (lines ?? (starts as Int32Array).length);
  let lookups = 0;

  /** The flags of the line `start`..`end` if it holds `form`; -1 or 1 for a line before or after it. */
  function compare(form: string, start: number, end: number): string[] | -1 | 1 {
    const line = text.slice(start, end);
    const tab = line.indexOf('\t');
    const key = tab >= 0 ? line.slice(0, tab) : line;
    if (key === form) return tab >= 0 ? (JSON.parse(line.slice(tab + 1)) as string[]) : [];
    return key < form ? -1 : 1;
  }

  function findIndexed(lineStart: Int32Array, form: string): string[] | undefined {
    let low = 0;
    let high = lineStart.length - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const end = mid + 1 < lineStart.length ? (lineStart[mid + 1] as number) - 1 : text.length;
      const found = compare(form, lineStart[mid] as number, end);
      if (found === -1) low = mid + 1;
      else if (found === 1) high = mid - 1;
      else return found;
    }
    return undefined;
  }

  /**
   * The same search without the line starts: `low` and `high` are line starts (`high` may be one
   * past the text), the form's line if any starts in between; each step reads the line that holds
   * the middle character. Every step moves one bound past a whole line, so it ends whatever the text.
   */
  function findScanning(form: string): string[] | undefined {
    let low = 0;
    let high = text.length + 1;
    while (low < high) {
      const mid = Math.min((low + high) >>> 1, text.length);
      const start = mid <= low ? low : Math.max(low, text.lastIndexOf('\n', mid - 1) + 1);
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      const found = compare(form, start, end);
      if (found === -1) low = end + 1;
      else if (found === 1) high = start;
      else return found;
    }
    return undefined;
  }

  function find(form: string): string[] | undefined {
    if (starts === null && ++lookups > INDEX_AFTER) starts = lineStarts(text);
    return starts === null ? findScanning(form) : findIndexed(starts, form);
  }

  function lookup(form: string): string[] | undefined {
    if (added.has(form)) return added.get(form);
    if (removed.has(form)) return undefined;
    return find(form);
  }

  const table = new Proxy(Object.create(null) as FormTable, {
    get: (_target, key) => (typeof key === 'string' ? lookup(key) : undefined),
    has: (_target, key) => typeof key === 'string' && lookup(key) !== undefined,
    set: (_target, key, value: string[]) => {
      if (typeof key !== 'string') return false;
      added.set(key, value);
      removed.delete(key);
      return true;
    },
    deleteProperty: (_target, key) => {
      if (typeof key !== 'string') return false;
      added.delete(key);
      removed.add(key);
      return true;
    },
  });
  return { table, size };
}
