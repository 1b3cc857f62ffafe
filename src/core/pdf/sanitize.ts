/**
 * Makes writer text printable with a given face: emoji and any character the font has no glyph for
 * are dropped (never a crash, never a tofu box), and the writer is told which ones went.
 */
import type { Face } from './fonts';

/** What can ride along with an emoji: variation selectors, skin tones, tag characters (flags). */
const MODIFIER = String.raw`(?:\uFE0E|\uFE0F|[\u{1F3FB}-\u{1F3FF}]|[\u{E0020}-\u{E007F}])`;
/** An emoji with its modifiers: keycaps, flags, skin tones, ZWJ sequences. */
const EMOJI = new RegExp(
  String.raw`(?:[0-9#*]\uFE0F?\u20E3)|(?:[\u{1F1E6}-\u{1F1FF}]{1,2})|(?:\p{Extended_Pictographic}${MODIFIER}*(?:\u200D\p{Extended_Pictographic}${MODIFIER}*)*)`,
  'gu',
);
/** Leftovers of a sequence whose base was removed. */
const STRAY = new RegExp(String.raw`\u200D|\u20E3|${MODIFIER}`, 'gu');
/** Marks where an emoji was, for tidying the space before it; a private-use character no text contains here. */
const GONE = '\uE0FF';
/** "fine 🙂." reads "fine." rather than "fine ." */
const GONE_BEFORE_PUNCTUATION = new RegExp(` ?${GONE}+(?=[,.;:!?)])`, 'g');
/** Code points every face is expected to handle by layout rather than by glyph. */
const LAYOUT_ONLY = new Set([0x0a, 0x20]);

export interface CleanText {
  text: string;
  /** One sentence per kind of removal, naming the part of the piece ("the inside"). */
  warnings: string[];
}

function listed(items: string[]): string {
  const unique = [...new Set(items)];
  const shown = unique.slice(0, 5).join(' ');
  return unique.length > 5 ? `${shown} …` : shown;
}

/** `where` names the part of the piece in warnings: "the inside", "the letter". */
export function cleanText(raw: string, face: Face, where: string): CleanText {
  const warnings: string[] = [];
  const emoji: string[] = [];
  let text = raw
    // Composed forms: "e" + combining acute becomes "é", which the fonts have as one glyph.
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(EMOJI, (m) => {
      // ©, ®, ™ and a few arrows are "pictographic" too; in text style they are ordinary characters.
      const single = [...m].length === 1 && (m.codePointAt(0) ?? 0) < 0x1f000;
      if (single && face.covers(m.codePointAt(0) ?? 0)) return m;
      emoji.push(m);
      return GONE;
    })
    .replace(GONE_BEFORE_PUNCTUATION, '')
    .replaceAll(GONE, '')
    .replace(STRAY, '');
  if (emoji.length > 0) {
    const n = emoji.length;
    warnings.push(`Dropped ${n} emoji from ${where} (${listed(emoji)}): the print fonts cannot draw ${n === 1 ? 'it' : 'them'}.`);
  }
  const missing: string[] = [];
  let kept = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (LAYOUT_ONLY.has(cp) || face.covers(cp)) kept += ch;
    else if (/\s/u.test(ch)) kept += ' ';
    else if (/\p{Cs}|\p{Co}/u.test(ch)) missing.push(`U+${cp.toString(16).toUpperCase().padStart(4, '0')}`);
    else if (!/\p{Cc}|\p{Cf}/u.test(ch)) missing.push(ch);
  }
  if (missing.length > 0) {
    const n = missing.length;
    warnings.push(`Dropped ${n} character${n === 1 ? '' : 's'} from ${where} that the print font cannot draw (${listed(missing)}).`);
  }
  text = kept
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text, warnings };
}
