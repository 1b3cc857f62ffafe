const lists = new Map<string, ReadonlySet<string>>();

/**
 * A word list written as whitespace-separated words, read into a set once: the same literal
 * always gives the same set, so a detector may write `words('me us')` inline at no cost.
 */
export function words(list: string): ReadonlySet<string> {
  let set = lists.get(list);
  if (!set) {
    set = new Set(list.split(/\s+/).filter((w) => w !== ''));
    lists.set(list, set);
  }
  return set;
}
