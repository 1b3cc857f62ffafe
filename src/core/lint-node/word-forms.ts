/**
 * nspell's table of word forms (every dictionary word with its affixed forms, about 124,000 for
 * dictionary-en) as one sorted text, one form a line: `form` or `form<TAB>["flag",...]`. Building
 * the table from the Hunspell files takes nspell about a third of a second; indexing this text
 * takes a few milliseconds, and a lookup is a binary search. nspell reads its table only by key
 * (`table[form]`, `form in table`), so a Proxy over the text stands in for it.
 */

/** The table nspell builds: form -> the affix flags it carries (empty for derived forms). */
export type FormTable = Record<string, string[]>;

/** The table as sorted lines (compared by UTF-16 code units, as the lookup compares). */
export function formsToText(table: FormTable): string {
  const forms = Object.keys(table).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return forms.map((form) => (table[form]?.length ? `${form}\t${JSON.stringify(table[form])}` : form)).join('\n');
}

/**
 * The start of every line of `text`, or null when `lines` is given and the text has another
 * number of lines. Knowing the count (the cache's header says it) the text is read once, not twice.
 */
function lineStarts(text: string, lines?: number): Int32Array | null {
  let count = lines;
  if (count === undefined) {
    count = 1;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
  } else if (!Number.isInteger(count) || count < 1 || count > text.length + 1) return null;
  const starts = new Int32Array(count);
  let line = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    if (line === count) return null;
    starts[line++] = at + 1;
  }
  return line === count ? starts : null;
}

/**
 * A read-write view of the table in `text`. Forms added later (nspell's `add` and `personal`)
 * and removals are kept in memory beside the text. With `lines` (the count the text should have),
 * a text with another count gives `size` -1.
 */
export function formTableFromText(text: string, lines?: number): { table: FormTable; size: number } {
  if (text.length === 0 && (lines === undefined || lines === 0)) return formTable(text, new Int32Array(1), 0);
  const starts = lineStarts(text, lines);
  return starts === null ? formTable(text, new Int32Array(1), -1) : formTable(text, starts, starts.length);
}

function formTable(text: string, starts: Int32Array, size: number): { table: FormTable; size: number } {
  const added = new Map<string, string[]>();
  const removed = new Set<string>();
  const endOf = (line: number): number => (line + 1 < starts.length ? (starts[line + 1] as number) - 1 : text.length);

  function find(form: string): string[] | undefined {
    let low = 0;
    let high = starts.length - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const line = text.slice(starts[mid], endOf(mid));
      const tab = line.indexOf('\t');
      const key = tab >= 0 ? line.slice(0, tab) : line;
      if (key === form) return tab >= 0 ? (JSON.parse(line.slice(tab + 1)) as string[]) : [];
      if (key < form) low = mid + 1;
      else high = mid - 1;
    }
    return undefined;
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
