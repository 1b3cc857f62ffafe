/**
 * Grapheme clusters (what a reader sees as one character). Intl.Segmenter is exact but slows down
 * more than linearly on long strings (4 s for a 100,000-letter word here), so text longer than a
 * few hundred characters is clustered by a regular expression instead: a base character with its
 * marks, variation selectors, emoji modifiers and zero-width-joined followers; a pair of regional
 * indicators; a Hangul jamo syllable. That is exact for every text this app sets but the rarest.
 */
export interface Grapheme {
  segment: string;
  index: number;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const CLUSTER = new RegExp(
  // eslint-disable-next-line no-misleading-character-class -- modifiers, selectors: code points that attach to a base
  [
    // A pair of regional indicators (a flag).
    String.raw`\p{RI}\p{RI}`,
    // A Hangul jamo syllable.
    String.raw`[\u1100-\u115F]+[\u1160-\u11A7]*[\u11A8-\u11FF]*`,
    // A base with its marks, selectors, emoji modifiers and tags, and zero-width-joined followers.
    String.raw`[^\p{M}](?:[\p{M}\uFE00-\uFE0F\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}]|\u200D[^\p{M}])*`,
    // Marks with no base.
    String.raw`\p{M}+`,
  ].join('|'),
  'gsu',
);
const EXACT_UP_TO = 256;

export function* graphemesOf(text: string): Generator<Grapheme> {
  if (text.length <= EXACT_UP_TO) {
    for (const { segment, index } of segmenter.segment(text)) yield { segment, index };
    return;
  }
  for (const m of text.matchAll(CLUSTER)) yield { segment: m[0], index: m.index };
}
