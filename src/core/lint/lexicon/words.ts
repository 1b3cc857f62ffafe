/** A word list written as whitespace-separated words, read into a set once. */
export function words(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter((w) => w !== ''));
}
