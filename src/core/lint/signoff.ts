/**
 * Finds the sign-off: the closing words ("With all my love,", "xoxo") and the signed name at the
 * end of a piece. The signature rule owns this region; other rules stay out of it.
 */
import type { Analysis } from './engine/analysis';
import type { Match } from './engine/matcher';
import { GAP, type Token } from './engine/tokenize';

interface Span {
  start: number;
  end: number;
}

export interface Closing extends Span {
  /** What a fix removes to leave just the name (may include a line break). */
  removal: Span;
  affectionate: boolean;
}

export interface SignOff {
  /** The closing words, in text order ("Lots of love," above "Ines x" gives two). */
  closings: Closing[];
  name: Span | null;
  /** Everything that belongs to the sign-off. */
  region: Span;
}

/**
 * How the closing phrases cover a span: whether it reads as a closing line, whether any of it is
 * warm, the longest phrase at its first word, and whether every word is a closing phrase's.
 */
interface Coverage {
  closing: boolean;
  affectionate: boolean;
  leading: Match | null;
  whole: boolean;
}

const GREETINGS: ReadonlySet<string> = new Set([
  'hi',
  'hey',
  'hello',
  'dear',
  'to',
  'hiya',
  'heya',
  'morning',
  'evening',
  'yo',
  'dearest',
  'my',
]);
const MAX_NAME_WORDS = 4;
const MAX_SIGN_OFF_LINE = 80;

/** The last non-empty lines, last first, trimmed. */
function lastLines(text: string, count: number): Span[] {
  const lines: Span[] = [];
  let end = text.length;
  while (end > 0 && lines.length < count) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] as string)) s++;
    while (e > s && /\s/.test(text[e - 1] as string)) e--;
    if (e > s) lines.push({ start: s, end: e });
    if (start === 0) break;
    end = start - 1;
  }
  return lines;
}

function tokensIn(tokens: readonly Token[], span: Span): number[] {
  const out: number[] = [];
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (t.end <= span.start) break;
    if (t.start >= span.start && t.end <= span.end) out.push(k);
  }
  return out.reverse();
}

function isNameLike(text: string, span: Span, senderName: string | undefined): boolean {
  let line = text
    .slice(span.start, span.end)
    .replace(/^[-–—~\s]+/, '')
    .replace(/[.!,]+$/, '')
    .trim();
  if (line === '') return false;
  if (senderName) {
    const name = senderName.trim().toLowerCase();
    if (name !== '' && line.toLowerCase() === name) return true;
    if (name !== '' && line.toLowerCase() === name.split(/\s+/)[0]) return true;
  }
  if (/[?!:;,0-9]/.test(line)) return false;
  line = line.replace(/\./g, '');
  const words = line.split(/\s+/);
  if (words.length > MAX_NAME_WORDS) return false;
  // "Your Nell" claims the name as the reader's: a closing, not a name.
  if (words.length > 1 && /^your$/i.test(words[0] as string)) return false;
  return words.every(isNameWord);
}

/** A word of a name: capitalised, in a script without capitals (王芳, ليلى, अनीता), or a particle ("van"). */
function isNameWord(w: string): boolean {
  return /^[\p{Lu}\p{Lo}]/u.test(w) || /^(de|da|van|von|der|la|le|di|du|el|al|bin|ibn|dos|das|del|y)$/.test(w);
}

/** A lone lower-case word signed under a warm closing: "luv u, sky", "lots of love, mae". */
function isLowerName(text: string, span: Span): boolean {
  const word = text
    .slice(span.start, span.end)
    .replace(/[.!]+$/, '')
    .trim();
  return /^\p{Ll}[\p{L}\p{M}'’-]{0,19}$/u.test(word) && !NOT_NAMES.has(word.toLowerCase());
}

/** Words that end a warm line without being a name ("love you, always", "miss you, babe"). */
const NOT_NAMES: ReadonlySet<string> = new Set([
  'always',
  'forever',
  'lots',
  'loads',
  'heaps',
  'tons',
  'babe',
  'baby',
  'hun',
  'hon',
  'darling',
  'sweetheart',
  'sweetie',
  'love',
  'dear',
  'mate',
  'bye',
  'too',
  'you',
  'u',
  'me',
  'though',
  'tho',
  'ok',
  'okay',
  'xx',
  'x',
  'xo',
  'xoxo',
]);

/** "P.S.", "PS", "P.P.S.": a postscript under the name. */
const POSTSCRIPT = /^p\.?\s?(p\.?\s?)?s\b/i;

export function findSignOff(analysis: Analysis, senderName?: string): SignOff | null {
  const { text, tokens } = analysis;
  if (tokens.length === 0) return null;
  const lines = lastLines(text, 4);
  // A postscript after the name: the sign-off is the line above it.
  if (lines.length > 1 && POSTSCRIPT.test(text.slice((lines[0] as Span).start, (lines[0] as Span).end))) lines.shift();
  const last = lines[0];
  if (!last) return null;
  const found = findByLines(analysis, lines, senderName) ?? trailingDecoration(analysis, last);
  if (!found) return null;
  return found;
}

function findByLines(analysis: Analysis, lines: Span[], senderName: string | undefined): SignOff | null {
  const { text, tokens } = analysis;
  const last = lines[0] as Span;
  const affectionate = analysis.matches('signature.affectionate');
  const plain = analysis.matches('signature.plain');
  const firstLineStart = (tokens[0] as Token).start;

  /** How the closing families cover a line: whether it is all closing words, and of which kind. */
  const coverage = (span: Span): Coverage => {
    const ids = tokensIn(tokens, span);
    if (ids.length === 0) return { closing: false, affectionate: false, leading: null, whole: false };
    const covered = new Set<number>();
    let warm = false;
    let leading: Match | null = null;
    const take = (list: readonly Match[], isWarm: boolean): void => {
      for (const m of list) {
        if (m.start < span.start || m.end > span.end) continue;
        for (let k = m.firstToken; k < m.endToken; k++) covered.add(k);
        if (isWarm) warm = true;
        if (m.firstToken === ids[0] && (!leading || m.endToken > leading.endToken)) leading = m;
      }
    };
    take(affectionate, true);
    take(plain, false);
    const uncovered = ids.filter((k) => !covered.has(k)).length;
    const firstWord = (tokens[ids[0] as number] as Token).word;
    if (GREETINGS.has(firstWord) || span.start === firstLineStart)
      return { closing: false, affectionate: false, leading, whole: uncovered === 0 };
    const lineText = text.slice(span.start, span.end);
    const endsWithComma = /[,…]$/.test(lineText);
    // "I love you." is a sentence, not a closing; "Love you!" or "Take care." may be either.
    const sentence = /[.?]$/.test(lineText) && ids.length > 2 && !plain.some((m) => m.firstToken === ids[0]);
    const closing =
      !sentence &&
      covered.has(ids[0] as number) &&
      (uncovered === 0 || (endsWithComma && uncovered <= 2 && ids.length <= 10));
    return { closing, affectionate: warm, leading, whole: uncovered === 0 };
  };

  const startsWithClosing = (span: Span): boolean =>
    [...affectionate, ...plain].some(
      (m) => m.start === span.start || (m.start > span.start && text.slice(span.start, m.start).trim() === ''),
    );

  // A long last line is prose: only its last sentence may be a sign-off ("...quiet. Love, Ruby").
  if (last.end - last.start > MAX_SIGN_OFF_LINE)
    return closingAfterLastSentence(analysis, last, senderName, coverage, affectionate, plain);

  /** The closing line above the signature, if the line above is one. */
  const closingAbove = (nameLine: Span): Closing | null => {
    const above = lines[lines.indexOf(nameLine) + 1];
    if (!above) return null;
    // The closing may end the line of prose above: "Hope you're well. Lots of love,\nMei".
    if (above.end - above.start > MAX_SIGN_OFF_LINE || !coverage(above).closing) {
      const from = lastSentenceStart(tokens, above);
      if (from === null) return null;
      const tail = { start: from, end: above.end };
      // Hearts alone after the last sentence ("Hope you're well! 😘❤️") are the message's, not a closing.
      if (tokensIn(tokens, tail).every((k) => isDecoration(tokens[k] as Token))) return null;
      const t = coverage(tail);
      // "Lots of love,", "Love ya!": a closing; "Thinking of you fondly." ends a sentence of the message.
      const tailText = text.slice(tail.start, tail.end);
      if (!t.closing || /[.?]$/.test(tailText) || !(t.affectionate || /,$/.test(tailText))) return null;
      let cut = tail.start;
      while (cut > above.start && /[ \t]/.test(text[cut - 1] as string)) cut--;
      return { start: tail.start, end: tail.end, removal: { start: cut, end: tail.end }, affectionate: t.affectionate };
    }
    const c = coverage(above);
    return c.closing
      ? {
          start: above.start,
          end: above.end,
          removal: { start: above.start, end: nameLine.start },
          affectionate: c.affectionate,
        }
      : null;
  };
  const lastText = text.slice(last.start, last.end);
  // A lone lower-case word under a closing is still a name ("love,\nines").
  const bareWord = /^\p{L}[\p{L}'’-]{0,19}$/u.test(lastText);

  // "♥ Dalia ♥", "xx Becky xx": the name between decorations.
  const decorated = decoratedName(analysis, last, senderName);
  if (decorated && last.start !== firstLineStart) {
    const above = closingAbove(last);
    const closings: Closing[] = [];
    if (above) closings.push(above);
    for (const d of decorated.decorations)
      closings.push({ start: d.start, end: d.end, removal: d, affectionate: true });
    return { closings, name: decorated.name, region: { start: (above ?? last).start, end: last.end } };
  }

  // "Ines" last, closing on the line above ("With all my love,").
  if (
    (isNameLike(text, last, senderName) || (bareWord && closingAbove(last))) &&
    !startsWithClosing(last) &&
    last.start !== firstLineStart
  ) {
    const above = closingAbove(last);
    if (above) return { closings: [above], name: last, region: { start: above.start, end: last.end } };
    // "...Miss your kisses though xx" above the name: the kisses close the message.
    const tail = lines[1] ? trailingKisses(analysis, lines[1]) : null;
    // They stay part of the message too (other rules still read them), so the region is the name alone.
    if (tail) return { closings: [{ ...tail, removal: tail, affectionate: true }], name: last, region: last };
    return { closings: [], name: last, region: last };
  }

  const c = coverage(last);
  // "xoxo" or a heart on its own line under the name.
  if (c.closing) {
    const above = lines[1];
    if (
      above &&
      above.end - above.start <= MAX_SIGN_OFF_LINE &&
      isNameLike(text, above, senderName) &&
      !startsWithClosing(above) &&
      above.start !== firstLineStart
    ) {
      const higher = closingAbove(above);
      const tail: Closing = {
        start: last.start,
        end: last.end,
        removal: { start: above.end, end: last.end },
        affectionate: c.affectionate,
      };
      return {
        closings: higher ? [higher, tail] : [tail],
        name: above,
        region: { start: (higher ?? above).start, end: last.end },
      };
    }
    if (/[,…]$/.test(text.slice(last.start, last.end)) || c.affectionate) {
      return {
        closings: [{ start: last.start, end: last.end, removal: last, affectionate: c.affectionate }],
        name: null,
        region: last,
      };
    }
    return null;
  }

  // The sign-off after the last sentence on one line: "...Take care. Love, Erin."
  const sameLine = closingAfterLastSentence(analysis, last, senderName, coverage, affectionate, plain);
  if (sameLine) return sameLine;

  // One line: "Love, Ines" or "Ines xx".
  const ids = tokensIn(tokens, last);
  if (ids.length >= 2 && ids.length <= 8 && last.start !== firstLineStart) {
    const lead = c.leading as Match | null;
    // "Your Nell": the name claimed as the reader's.
    const opening = tokens[ids[0] as number] as Token;
    const claimed = !lead && opening.word === 'your' && ids.length <= 1 + MAX_NAME_WORDS;
    const leadEnd = lead ? lead.end : claimed ? opening.end : -1;
    if (leadEnd >= 0) {
      const rest = { start: leadEnd, end: last.end };
      const restText = text.slice(rest.start, rest.end);
      // "With love from Mia": the name after "from".
      // "..., your Loretta": the name claimed as the reader's, after the closing.
      const nameStart =
        rest.start + (restText.length - restText.replace(/^([\s,.:;!\-–—]|from\s|your\s)+/i, '').length);
      const nameSpan = { start: nameStart, end: last.end };
      if (nameStart < last.end) {
        const warm = claimed || (lead !== null && affectionate.includes(lead));
        // "Hugs and love, Sana ❤️": hearts after the name are part of the closing.
        const trimmed = withoutTrailingDecoration(analysis, nameSpan);
        const lowerName = warm && tokensIn(tokens, trimmed).length === 1 && isLowerName(text, trimmed);
        if (isNameLike(text, trimmed, senderName) || lowerName) {
          const closings: Closing[] = [
            { start: last.start, end: leadEnd, removal: { start: last.start, end: nameStart }, affectionate: warm },
          ];
          if (trimmed.end < nameSpan.end)
            closings.push({
              start: trimmed.end,
              end: nameSpan.end,
              removal: { start: trimmed.end, end: nameSpan.end },
              affectionate: true,
            });
          return { closings, name: trimmed, region: last };
        }
      }
    }
    // "Ines xx" / "Ines ❤️": name first, affectionate tail.
    const tail = affectionate.filter(
      (m) => m.end === (tokens[ids[ids.length - 1] as number] as Token).end && m.start > last.start,
    );
    const tailStart = tail.reduce((min, m) => Math.min(min, m.start), Infinity);
    if (Number.isFinite(tailStart)) {
      let nameEnd = tailStart;
      while (nameEnd > last.start && /[\s,.-]/.test(text[nameEnd - 1] as string)) nameEnd--;
      const nameSpan = { start: last.start, end: nameEnd };
      if (nameEnd > last.start && isNameLike(text, nameSpan, senderName)) {
        const higher = closingAbove(last);
        const tailClosing: Closing = {
          start: tailStart,
          end: last.end,
          removal: { start: nameEnd, end: last.end },
          affectionate: true,
        };
        return {
          closings: higher ? [higher, tailClosing] : [tailClosing],
          name: nameSpan,
          region: { start: (higher ?? last).start, end: last.end },
        };
      }
    }
  }
  return null;
}

/** Tokens that decorate a name: kisses, hearts, and flowers given with it ("Leila 🌷"). */
function isDecoration(t: Token): boolean {
  return t.emoji ? HEARTS.test(t.word) || FLOWERS.test(t.word) : /^(x+o?x*|(xo)+x?)$/.test(t.word);
}

/**
 * Hearts and kisses that sign off a piece with no name; heart eyes ("😍") react to something
 * instead, and a flower ending a message ("Happy Mother's Day 🌷") is the message's own.
 */
function isClosingDecoration(t: Token): boolean {
  return isDecoration(t) && !/^(😍|🥰|😻|💌)/u.test(t.word) && !FLOWERS.test(t.word);
}

/** The name without kisses or hearts after it ("Sana ❤️" -> "Sana"). */
function withoutTrailingDecoration(analysis: Analysis, span: Span): Span {
  const ids = tokensIn(analysis.tokens, span);
  let k = ids.length - 1;
  while (k >= 0 && isDecoration(analysis.tokens[ids[k] as number] as Token)) k--;
  if (k < 0 || k === ids.length - 1) return span;
  let end = (analysis.tokens[ids[k] as number] as Token).end;
  while (end < span.end && /[.,!]/.test(analysis.text[end] as string)) end++;
  return { start: span.start, end };
}

/** "♥ Dalia ♥", "xx Becky xx": a name between decorations, and the decorations. */
function decoratedName(
  analysis: Analysis,
  line: Span,
  senderName: string | undefined,
): { name: Span; decorations: Span[] } | null {
  const { tokens, text } = analysis;
  const ids = tokensIn(tokens, line);
  if (ids.length < 2 || ids.length > 8) return null;
  let a = 0;
  while (a < ids.length && isDecoration(tokens[ids[a] as number] as Token)) a++;
  let b = ids.length - 1;
  while (b >= a && isDecoration(tokens[ids[b] as number] as Token)) b--;
  if (a === 0 || b < a) return null;
  const name = { start: (tokens[ids[a] as number] as Token).start, end: (tokens[ids[b] as number] as Token).end };
  if (!isNameLike(text, name, senderName)) return null;
  const decorations: Span[] = [{ start: line.start, end: name.start }];
  if (name.end < line.end) decorations.push({ start: name.end, end: line.end });
  return { name, decorations };
}

/**
 * Kisses ending a line of prose above the name, as a sign-off: "...Miss your kisses though xx".
 * (Hearts there are read as part of the message: the romantic rules speak to them.)
 */
function trailingKisses(analysis: Analysis, line: Span): Span | null {
  const { tokens } = analysis;
  const ids = lastTokensIn(tokens, line, MAX_TAIL_TOKENS);
  let k = ids.length - 1;
  while (k >= 0 && /^x+o?x*$/.test((tokens[ids[k] as number] as Token).word)) k--;
  if (k === ids.length - 1 || k < 0) return null;
  const start = (tokens[ids[k + 1] as number] as Token).start;
  return { start, end: line.end };
}

/** Tokens a sign-off on one line may hold: "Take care of yourself, your girl always, Efua xx". */
const MAX_TAIL_TOKENS = 14;

/** The ids of the last `count` tokens inside a line (no scan of the rest of a long line). */
function lastTokensIn(tokens: readonly Token[], span: Span, count: number): number[] {
  const out: number[] = [];
  for (let k = tokens.length - 1; k >= 0 && out.length < count; k--) {
    const t = tokens[k] as Token;
    if (t.end <= span.start) break;
    if (t.start >= span.start && t.end <= span.end) out.push(k);
  }
  return out.reverse();
}

/**
 * Where the last sentence of a line starts, if it starts after other words on the line and within
 * its last few tokens; null when the line is one sentence or its last sentence is long (prose).
 */
function lastSentenceStart(tokens: readonly Token[], line: Span): number | null {
  const ids = lastTokensIn(tokens, line, MAX_TAIL_TOKENS);
  if (ids.length === 0) return null;
  let first = ids.length - 1;
  while (first > 0 && (tokens[ids[first] as number] as Token).gap < GAP.hard) first--;
  const id = ids[first] as number;
  if ((tokens[id] as Token).gap < GAP.hard) return null;
  const before = tokens[id - 1];
  if (!before || before.end <= line.start) return null;
  return (tokens[id] as Token).start;
}

/**
 * "...Take care. Love, Erin.", "...Thinking of you. Lots of love, Bisola", "...No need to reply.
 * xxx Cerys": closing words and a name that form the last sentence of a line, however long the line.
 */
function closingAfterLastSentence(
  analysis: Analysis,
  line: Span,
  senderName: string | undefined,
  coverage: (span: Span) => Coverage,
  affectionate: readonly Match[],
  plain: readonly Match[],
): SignOff | null {
  const { tokens } = analysis;
  const start = lastSentenceStart(tokens, line);
  const read = (from: number, warmOnly: boolean): SignOff | null =>
    closingFrom(analysis, line, from, warmOnly, senderName, coverage, affectionate, plain);
  const found = start === null ? null : read(start, false);
  if (found) return found;
  // Texting runs a warm closing on after a comma: "have the best day, luv u, sky".
  const ids = lastTokensIn(tokens, line, 8);
  for (let k = ids.length - 2; k > 0; k--) {
    const t = tokens[ids[k] as number] as Token;
    if (t.gap !== GAP.soft || (start !== null && t.start <= start)) continue;
    const warm = read(t.start, true);
    if (warm) return warm;
  }
  // Or with no stop at all: "hope Leeds is treating you well love Dayo", "you deserve it forever ur girl,
  // Nia". Only where nothing before the warm words could make them a verb ("we all love Dayo").
  const from = ids[0];
  // (A word of another closing before them makes it one closing: "Love and blessings always, your Loretta".)
  const inClosing = (at: number): boolean =>
    affectionate.some((c) => c.start <= at && at < c.end) || plain.some((c) => c.start <= at && at < c.end);
  if (from !== undefined)
    for (const m of affectionate) {
      if (m.firstToken < from || m.end > line.end || (start !== null && m.start <= start)) continue;
      const before = tokens[m.firstToken - 1];
      if (!before || before.end <= line.start || before.gap >= GAP.soft || before.emoji) continue;
      if (ACTS_ON_WARM_WORDS.has(before.word) || inClosing(before.start)) continue;
      const warm = read(m.start, true);
      // With nothing to mark the closing, only a name as names are written marks its end.
      if (warm?.name && isNameLike(analysis.text, warm.name, senderName)) return warm;
    }
  return (
    kissesThenName(analysis, line, senderName) ?? (start === null ? null : closingOnly(analysis, line, start, coverage))
  );
}

/**
 * Words that make the warm word after them a verb or a noun of the sentence, not a closing: "I love",
 * "we all love", "give my love", "to love".
 */
const ACTS_ON_WARM_WORDS: ReadonlySet<string> = new Set(
  (
    'i you u ya we they he she it who that to my your our their his her the a an all both really still just so ' +
    'is was are were be been am being seems feels ' +
    "also always truly must will would could should can do does did dont don't didnt didn't gonna wanna and or " +
    "not never ever much more most very too would've i'd you'd we'd they'd i'll you'll we'll " +
    "they'll"
  ).split(' '),
);

/**
 * Kisses or hearts, then the name, after the last words of a line: "have a wonderful day xoxo Jocelyn",
 * "hope 40 treats you kindly 💕💕 Priya". (One "x" alone is a texting habit, as at the end of a text.)
 */
function kissesThenName(analysis: Analysis, line: Span, senderName: string | undefined): SignOff | null {
  const { tokens, text } = analysis;
  const ids = lastTokensIn(tokens, line, MAX_NAME_WORDS + 8);
  let k = ids.length - 1;
  while (k >= 0 && !isDecoration(tokens[ids[k] as number] as Token)) k--;
  const nameFrom = k + 1;
  if (k < 1 || nameFrom >= ids.length || ids.length - nameFrom > MAX_NAME_WORDS) return null;
  let d = k;
  while (d > 0 && isDecoration(tokens[ids[d - 1] as number] as Token)) d--;
  if (d === 0) return null;
  const kisses = ids.slice(d, nameFrom).map((id) => tokens[id] as Token);
  if (kisses.length === 1 && kisses[0]?.word === 'x') return null;
  const first = tokens[ids[nameFrom] as number] as Token;
  const last = tokens[ids[ids.length - 1] as number] as Token;
  const name = { start: first.start, end: last.end };
  if (!isNameLike(text, name, senderName)) return null;
  const closingStart = (kisses[0] as Token).start;
  let cut = closingStart;
  while (cut > line.start && /[ \t]/.test(text[cut - 1] as string)) cut--;
  const closing = { start: closingStart, end: (kisses[kisses.length - 1] as Token).end };
  return {
    closings: [{ ...closing, removal: { start: cut, end: name.start }, affectionate: true }],
    name,
    region: { start: closingStart, end: line.end },
  };
}

/**
 * A warm closing and no name, as the last sentence of a line: "...Looks great. Hugs and kisses", "...Call
 * me when you can. Love ya", "...good health. Blessings always, love and hugs forever 💕🙏". Not "I
 * love you." (a sentence to the reader) nor "Miss you" (the needy rules' to read).
 */
function closingOnly(
  analysis: Analysis,
  line: Span,
  start: number,
  coverage: (span: Span) => Coverage,
): SignOff | null {
  const { tokens, text } = analysis;
  const ids = tokensIn(tokens, { start, end: line.end });
  if (ids.length === 0 || ids.length > MAX_TAIL_TOKENS) return null;
  const opening = (tokens[ids[0] as number] as Token).word;
  if (opening === 'i' || opening === 'miss' || opening === 'missing') return null;
  if (/\?\s*$/.test(text.slice(start, line.end))) return null;
  // Hearts, kisses and other emoji after the closing words belong to it ("...forever 💕🙏").
  let words = ids.length;
  while (words > 0 && (tokens[ids[words - 1] as number] as Token).emoji) words--;
  if (words === 0) return null;
  const span = { start, end: (tokens[ids[words - 1] as number] as Token).end };
  const c = coverage(span);
  if (!c.leading || !c.affectionate || !c.whole) return null;
  let cut = start;
  while (cut > line.start && /[ \t]/.test(text[cut - 1] as string)) cut--;
  return {
    closings: [{ start, end: line.end, removal: { start: cut, end: line.end }, affectionate: true }],
    name: null,
    region: { start, end: line.end },
  };
}

/** A closing from `start` to the end of the line, then a name (and kisses or hearts). */
function closingFrom(
  analysis: Analysis,
  line: Span,
  start: number,
  warmOnly: boolean,
  senderName: string | undefined,
  coverage: (span: Span) => Coverage,
  affectionate: readonly Match[],
  plain: readonly Match[],
): SignOff | null {
  const { tokens, text } = analysis;
  const ids = tokensIn(tokens, { start, end: line.end });
  if (ids.length < 2 || ids.length > MAX_TAIL_TOKENS) return null;
  // "I love you, Sam." is a sentence to the reader, not a closing.
  const opening = tokens[ids[0] as number] as Token;
  if (opening.word === 'i' && !opening.speak) return null;
  const lead = coverage({ start, end: line.end }).leading;
  if (!lead) return null;
  const first = ids[0] as number;
  const end = (ids[ids.length - 1] as number) + 1;
  // The closing runs on while closing phrases overlap or follow each other: "Love and hugs, your best friend".
  const inSentence = [...affectionate, ...plain].filter((m) => m.firstToken >= first && m.endToken <= end);
  let reach = lead.endToken;
  for (let grew = true; grew;) {
    grew = false;
    for (const m of inSentence)
      if (m.firstToken <= reach && m.endToken > reach) {
        reach = m.endToken;
        grew = true;
      }
  }
  // The name is what follows the closing, or the last part after a comma.
  let nameFrom = reach;
  for (let k = end - 1; k > reach; k--)
    if ((tokens[k] as Token).gap >= GAP.soft) {
      nameFrom = k;
      break;
    }
  if (nameFrom >= end || end - nameFrom > MAX_NAME_WORDS + 3) return null;
  // Words between the closing phrases and the name: at most one ("your girl, always, Efua").
  const covered = new Set<number>();
  for (const m of inSentence) for (let k = m.firstToken; k < Math.min(m.endToken, nameFrom); k++) covered.add(k);
  let loose = 0;
  for (let k = first; k < nameFrom; k++) if (!covered.has(k)) loose++;
  if (loose > 1 || (loose === 1 && (tokens[nameFrom] as Token).gap < GAP.soft)) return null;
  const warmSet = new Set(affectionate.filter((m) => m.firstToken >= first && m.endToken <= end));
  const warm = inSentence.some((m) => m.endToken <= nameFrom && warmSet.has(m));
  if (warmOnly && !warm) return null;
  const nameStart = (tokens[nameFrom] as Token).start;
  const name = withoutTrailingDecoration(analysis, { start: nameStart, end: line.end });
  let nameEnd = name.end;
  while (nameEnd > name.start && /[.!,]/.test(text[nameEnd - 1] as string)) nameEnd--;
  const cleanName = { start: name.start, end: nameEnd };
  if (
    !isNameLike(text, cleanName, senderName) &&
    !(warm && tokensIn(tokens, cleanName).length === 1 && isLowerName(text, cleanName))
  )
    return null;
  const closingEnd = (tokens[nameFrom - 1] as Token).end;
  const closings: Closing[] = [{ start, end: closingEnd, removal: { start, end: nameStart }, affectionate: warm }];
  if (name.end < line.end)
    closings.push({
      start: name.end,
      end: line.end,
      removal: { start: name.end, end: line.end },
      affectionate: true,
    });
  return { closings, name: cleanName, region: { start, end: line.end } };
}

/** Hearts and kiss emoji (not every emoji: "🎉" after a name is not a sign-off). */
const HEARTS = /^(❤|♥|♡|💕|💖|💗|💓|💞|💘|💝|💟|😍|🥰|😘|😚|😙|💋|💜|💙|💚|💛|🧡|🖤|🤍|🤎|❣|<3|😻|💌|🫶|🩷|🩵)/u;

/** Flowers (and sparkles) handed over with the name: "Leila 🌷", "J 💐", "Saffron ✨". */
const FLOWERS = /^(🌷|🌹|🌸|💐|🌺|🌼|🌻|✨)/u;

/**
 * Kisses or hearts that end the piece after its last words: "...have the best day xoxo",
 * "Good luck with the move tomorrow 💕". They close the piece like a sign-off.
 */
function trailingDecoration(analysis: Analysis, line: Span): SignOff | null {
  const { tokens, text } = analysis;
  let k = tokens.length - 1;
  let count = 0;
  while (k >= 0 && count < 8 && (tokens[k] as Token).start >= line.start && isClosingDecoration(tokens[k] as Token)) {
    k--;
    count++;
  }
  if (count === 0 || k < 0) return null;
  // One "x" ending a text is a habit of texting more than a sign-off ("...no pressure x").
  if (count === 1 && (tokens[k + 1] as Token).word === 'x') return null;
  // "5 x" is a measure, not a kiss.
  if (/^\d+$/.test((tokens[k] as Token).word)) return null;
  const start = (tokens[k + 1] as Token).start;
  let cut = start;
  while (cut > 0 && /[ \t]/.test(text[cut - 1] as string)) cut--;
  const span = { start, end: line.end };
  // They stay part of the message too (the romantic rules read hearts and kisses in it): an empty region.
  return {
    closings: [{ ...span, removal: { start: cut, end: line.end }, affectionate: true }],
    name: null,
    region: { start: line.end, end: line.end },
  };
}
