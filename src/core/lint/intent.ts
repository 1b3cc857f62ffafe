/**
 * The intent verdict: what the text itself says the writer wants. See docs/ARCHITECTURE.md,
 * "The linter".
 *
 * Goals ("I'd like us to be friends", "I want us to try again") and present feelings ("I still
 * love you") both speak: a friendship offered beside "but I still love you" is mixed, and so is
 * "you're my best friend and my everything"; "I love you, but as good friends" is love held to
 * friendship, and reads as friendship. Negation flips a statement ("I'm not
 * hoping to get back together", "I don't love you that way any more" are friendship; "not just
 * friends" romantic), a feeling in the past ("I was in love with you once") states no wish,
 * wishes inside an "if" about the reader do not count, and "maybe one day it could be more"
 * beside a friendship makes the verdict mixed. A goal left open ("I want you back, in whatever
 * form that takes") is unstated.
 */
import type { Analysis } from './engine/analysis';
import type { Match } from './engine/matcher';
import { GAP, type Token } from './engine/tokenize';
import { words } from './lexicon/words';
import { clauseAt, word } from './language/query';
import { counterfactual, onceMeant, reportedByWriter } from './language/reported';
import { toldOfThePast, toldOthers } from './language/detect/romantic';
import type { Intent, Kind } from '../types';
import type { IntentVerdict, LintCategory, Severity } from './types';
import { isFriendshipPiece } from '../pieces/kinds';

export interface IntentSignals {
  /** Friendship goals, in text order. */
  friendship: Match[];
  /** Romantic goals, and feelings when they are what decides. */
  romantic: Match[];
  verdict: IntentVerdict;
}

const CONDITIONALS: ReadonlySet<string> = new Set(['if', 'whether', 'unless', 'whatever', 'wherever']);

/** "I am writing to ask if you would consider being with me again": a question put, not a condition. */
const ASKING = words('ask asking asked wonder wondering wondered');

function inConditional(analysis: Analysis, m: Match): boolean {
  const { tokens } = analysis;
  for (let k = m.firstToken - 1, steps = 0; k >= 0 && steps < 8; k--, steps++) {
    const after = tokens[k + 1] as Token;
    if (after.gap >= GAP.soft) return false;
    if (CONDITIONALS.has((tokens[k] as Token).word)) {
      const before = tokens[k - 1];
      if (before && (tokens[k] as Token).gap < GAP.soft && ASKING.has(before.word)) return false;
      return !wishedIf(analysis, k);
    }
  }
  return false;
}

/** Choosing or naming the word: "I ticked friendship", "pick friendship in this app". */
const CHOSE = words('ticked tick picked pick chose choose selected select clicked click chosen');
/** What the word names there: "a friendship letter", "the friendship option". */
const NAMED = words('letter card note option box button setting app form');

/**
 * "I ticked \"friendship\" on this thing", "my counselor said to write you a friendship letter": the
 * word named (in quotes, as a choice on a form, or as a kind of letter), not friendship offered.
 */
function namedOnly(analysis: Analysis, m: Match): boolean {
  const { tokens, text } = analysis;
  // The bare word, or with its determiner ("a friendship letter").
  if (m.endToken - m.firstToken > 2) return false;
  const noun = tokens[m.endToken - 1] as Token;
  if (noun.word !== 'friendship') return false;
  const before = text[noun.start - 1] ?? '';
  const after = text[noun.end] ?? '';
  if (/["“'‘]/.test(before) && /["”'’]/.test(after)) return true;
  const previous = tokens[m.firstToken - 1];
  const next = tokens[m.endToken];
  return (previous !== undefined && CHOSE.has(previous.word)) || (next !== undefined && NAMED.has(next.word));
}

const SUGGESTING = words('can could will would should do');
const US = words('we you');

/**
 * "Couldn't we be friends again?", "Why can't we just be mates?": a negative question that suggests,
 * not a refusal.
 */
function suggested(analysis: Analysis, m: Match): boolean {
  const s = analysis.language.at(m.firstToken);
  if (!s.question) return false;
  const from = word(s, s.first) === 'why' ? s.first + 1 : s.first;
  return (
    SUGGESTING.has(word(s, from)) && word(s, from + 1) === 'not' && US.has(word(s, from + 2)) && from + 2 < m.firstToken
  );
}

/** What a wish may say before its "if": "I'd (really) love it if", "it would help me very much if". */
const WISHING = words('like love appreciate mean help please glad happy nice lovely good great wonderful');
const WISH_FILLERS = words('it me us so very much a lot greatly really truly be make made');

/**
 * "I'd love it if we could be friends again", "it would please me greatly if we might be friends":
 * the "if" clause is what the writer wishes for, not a condition on the reader.
 */
function wishedIf(analysis: Analysis, at: number): boolean {
  const { tokens } = analysis;
  let wish = false;
  for (let k = at - 1; k >= 0 && k >= at - 6; k--) {
    const t = tokens[k] as Token;
    if ((tokens[k + 1] as Token).gap >= GAP.soft) return false;
    if (t.word === 'would') return wish;
    if (WISHING.has(t.word)) wish = true;
    else if (!WISH_FILLERS.has(t.word)) return false;
  }
  return false;
}

/** Words that put a feeling in the past: "I was in love with you once", "our romance ended long ago". */
const PAST_MARKERS = words('once ago ended over used before then finished behind past');
const STILL = words('still always forever never again');

/** A statement about the past, not a wish: the clause is in the past tense and nothing keeps it going. */
function aboutThePast(analysis: Analysis, m: Match): boolean {
  const token = analysis.tokens[m.firstToken];
  if (!token) return false;
  const sentence = analysis.language.at(m.firstToken);
  const clause = clauseAt(sentence, m.firstToken);
  if (!clause || !clause.past || clause.modal !== null) return false;
  for (let k = clause.first; k < clause.end; k++) if (STILL.has((analysis.tokens[k] as Token).word)) return false;
  for (let k = sentence.first; k < sentence.end; k++)
    if (PAST_MARKERS.has((analysis.tokens[k] as Token).word)) return true;
  // "I loved you", "I was in love with you": a past feeling stated flatly.
  return clause.subject === 'i';
}

/** "That way", "like that", "romantically" after a negated feeling: "I don't love you that way any more". */
function negatedThatWay(analysis: Analysis, m: Match): boolean {
  const { tokens } = analysis;
  for (let k = m.endToken; k < tokens.length && k < m.endToken + 3; k++) {
    const w = (tokens[k] as Token).word;
    if (w === 'that' || w === 'romantically' || w === 'like') return true;
  }
  return false;
}

const FRIEND_NOUNS = words('friend friends mate mates pal pals buddy sister brother family');
const QUALIFIERS = words('as like way');

/**
 * Love or a return held to friendship in the same breath: "I love you, but as a friend", "I do love
 * you, the way good friends love each other", "I'd like to have you back as a friend".
 */
function heldToFriendship(analysis: Analysis, m: Match): number {
  const { tokens } = analysis;
  let qualifier = -1;
  for (let k = m.endToken, steps = 0; k < tokens.length && steps < 8; k++, steps++) {
    const t = tokens[k] as Token;
    if (t.gap >= GAP.hard && k > m.endToken) return -1;
    // "As partners, not as friends", "not just as a friend": friendship refused, not offered.
    if (t.word === 'not' || t.word === 'never') return -1;
    if (QUALIFIERS.has(t.word)) qualifier = k;
    else if (qualifier >= 0 && k - qualifier <= 3 && FRIEND_NOUNS.has(t.word))
      return coupleAfter(tokens, k + 1) ? -1 : k + 1;
  }
  return -1;
}

const COUPLE = words('couple partners lovers husband wife boyfriend girlfriend');

/** "Try again, as a family and as a couple": the family goes with a couple, not instead of one. */
function coupleAfter(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + 5; k++) {
    const t = tokens[k] as Token;
    if (t.gap >= GAP.hard) return false;
    if (COUPLE.has(t.word)) return true;
  }
  return false;
}

/**
 * "I'm not asking for anything you're not ready for": the refusal is narrowed by what follows, so
 * it turns nothing down.
 */
function narrowedAfter(analysis: Analysis, m: Match): boolean {
  const next = analysis.tokens[m.endToken];
  if (!next || next.gap >= GAP.soft) return false;
  return next.word === 'you' || next.word === 'that' || next.word === 'which' || next.word === 'unless';
}

const LIMITS = words('that way romantically like same anymore');

/**
 * Love limited in the same breath: "I do love you, but not in that way any more", "I love you,
 * but I'm not in love with you", "I love you, just not like that".
 */
function limitedAfter(analysis: Analysis, m: Match): boolean {
  const { tokens } = analysis;
  let but = false;
  for (let k = m.endToken, steps = 0; k < tokens.length && steps < 10; k++, steps++) {
    const t = tokens[k] as Token;
    if (t.gap >= GAP.hard && k > m.endToken) return false;
    if (t.word === 'but' || t.word === 'just') but = true;
    if (!but || (t.word !== 'not' && t.word !== 'no')) continue;
    for (let j = k + 1; j < Math.min(tokens.length, k + 4); j++) {
      const w = (tokens[j] as Token).word;
      if (LIMITS.has(w)) return true;
      const next = (tokens[j + 1] as Token | undefined)?.word;
      if ((w === 'in' && next === 'love') || (w === 'any' && next === 'more')) return true;
    }
    return false;
  }
  return false;
}

const GUESSES = words('maybe perhaps possibly');

/** "Maybe that's a friendship": a "maybe" leads the sentence the match is in. */
function guessed(analysis: Analysis, m: Match): boolean {
  const sentence = analysis.language.at(m.firstToken);
  for (let k = sentence.first; k < m.firstToken && k < sentence.first + 3; k++)
    if (GUESSES.has((analysis.tokens[k] as Token).word)) return true;
  return false;
}

/** "You were my friend, my everything": roles the reader once had, not a wish now. */
function pastRole(analysis: Analysis, m: Match): boolean {
  const sentence = analysis.language.at(m.firstToken);
  const clause = clauseAt(sentence, m.firstToken);
  if (!clause || !clause.past) return false;
  for (let k = clause.first; k < clause.end; k++) if (STILL.has((analysis.tokens[k] as Token).word)) return false;
  return true;
}

const WRITING = words('write writes writing wrote written');
const OWN = words('and but yet');

/**
 * Friendship said without being wished now: reported ("I said I wanted to be friends", "I keep telling
 * people I want us to be friends") or the frame of the writing ("I'm writing to you as a friend").
 */
function onlyFramed(analysis: Analysis, m: Match): boolean {
  // "I know I said I'd write as a friend, and I do want to be your friend": a new clause of the writer's own.
  const clause = clauseAt(analysis.language.at(m.firstToken), m.firstToken);
  const ownClause = clause !== null && clause.subject === 'i' && !clause.past && OWN.has(clause.opener ?? '');
  if (!ownClause && reportedByWriter(analysis, m.firstToken)) return true;
  const { tokens } = analysis;
  if ((tokens[m.firstToken] as Token).word !== 'as') return false;
  for (let k = m.firstToken - 1, steps = 0; k >= 0 && steps < 4; k--, steps++) {
    if ((tokens[k + 1] as Token).gap >= GAP.soft) return false;
    if (WRITING.has((tokens[k] as Token).word)) return true;
  }
  return false;
}

const REFUSING = words('asking looking hoping wanting trying seeking expecting');

/** "I'm not asking to be engaged again, or to be anything more than a friend": refused earlier in the sentence. */
function refusedBefore(analysis: Analysis, m: Match): boolean {
  const s = analysis.language.at(m.firstToken);
  for (let k = s.first; k < m.firstToken - 1; k++) {
    const w = (analysis.tokens[k] as Token).word;
    if ((w === 'not' || w === 'never') && REFUSING.has((analysis.tokens[k + 1] as Token).word)) return true;
  }
  return false;
}

/** Whether a match names a friend: "friends first", "friends again to start with". */
function namesFriends(analysis: Analysis, m: Match): boolean {
  const { tokens } = analysis;
  // ("More than friends" names friendship as what is to be left behind.)
  for (let k = m.firstToken; k < m.endToken; k++)
    if (FRIEND_NOUNS.has((tokens[k] as Token).word) && (tokens[k - 1] as Token | undefined)?.word !== 'than')
      return true;
  return false;
}

const DETERMINERS = words('the this that such what his her their our all');

/** "The love you feel for him", "such love": love as a noun, not the writer's declaration. */
function loveAsNoun(analysis: Analysis, m: Match): boolean {
  const first = analysis.tokens[m.firstToken] as Token;
  const before = analysis.tokens[m.firstToken - 1];
  return first.word === 'love' && before !== undefined && first.gap < GAP.soft && DETERMINERS.has(before.word);
}

/** Who a short offer of friendship names: "Friends?", "Pals?", "Mates, then." */
const OFFERED_AS = words('friends mates pals buddies');
/** What may follow it in the same short sentence: "Friends again?", "Friends, always.", "Friends would be good." */
const OFFER_TAIL = words(
  'again still always forever then yeah yes ok okay please even would be good nice lovely great eh right aye',
);

/** The reader's say-so after a short offer: "Friends, if you want.", "Friends, if you'll have me." */
const OFFER_CONDITION = words('if when whenever');

/**
 * "Friends?", "Pals?", "Friends again?", "Friends, always.", "Friends would be good.", "Friends, if you'll
 * have me.": a short offer of friendship.
 */
function friendsOffered(analysis: Analysis): Match[] {
  const found: Match[] = [];
  const { tokens } = analysis;
  for (const s of analysis.sentences) {
    const length = s.endToken - s.firstToken;
    // ("Friends would be lovely, if you'll have me": ten words as the tokens read it.)
    if (length < 1 || length > 10) continue;
    const first = tokens[s.firstToken] as Token;
    if (!OFFERED_AS.has(first.word)) continue;
    let rest = true;
    for (let k = s.firstToken + 1; k < s.endToken; k++) {
      const t = tokens[k] as Token;
      // The offer left to the reader: the rest of the sentence is their condition.
      if (OFFER_CONDITION.has(t.word) && t.gap >= GAP.soft) break;
      if (!OFFER_TAIL.has(t.word) || k - s.firstToken >= 4) rest = false;
    }
    if (!rest) continue;
    found.push({
      family: -1,
      firstToken: s.firstToken,
      endToken: s.endToken,
      start: first.start,
      end: (tokens[s.endToken - 1] as Token).end,
    });
  }
  return found;
}

const WANTS = words('like want love hope wish miss');
const REFERS = words('that one it');

/**
 * Friendship named, then wished back by reference in the same sentence: "We were friends before anything
 * else, and I would like that again", "I still think of your family as my friends, and I'd like you to be
 * one again".
 */
function friendshipWishedBack(analysis: Analysis): Match[] {
  const found: Match[] = [];
  const { tokens } = analysis;
  // "You were my friend, my everything, and I want that back": more than a friend is wished back.
  const roles = analysis.matches('intent.roles');
  for (const s of analysis.sentences) {
    if (roles.some((m) => m.firstToken >= s.firstToken && m.firstToken < s.endToken)) continue;
    let friend = -1;
    for (let k = s.firstToken; k < s.endToken; k++) {
      const w = (tokens[k] as Token).word;
      if (friend < 0) {
        if (FRIEND_NOUNS.has(w) && w !== 'family') friend = k;
        continue;
      }
      if ((w !== 'again' && w !== 'back') || !REFERS.has((tokens[k - 1] as Token).word)) continue;
      let wish = -1;
      for (let j = k - 2; j > friend && j >= k - 6; j--) if (WANTS.has((tokens[j] as Token).word)) wish = j;
      if (wish < 0) continue;
      found.push({
        family: -1,
        firstToken: wish,
        endToken: k + 1,
        start: (tokens[wish] as Token).start,
        end: (tokens[k] as Token).end,
      });
      break;
    }
  }
  return found;
}

export function intentSignals(analysis: Analysis, excluded: { start: number; end: number } | null): IntentSignals {
  const friendship: Match[] = [];
  const romantic: Match[] = [];
  /** Love held to friendship ("I love you, but as a friend"): friendship beside a plain offer, mixed alone. */
  const held: Match[] = [];

  const usable = (m: Match): boolean =>
    !(excluded && m.start >= excluded.start && m.end <= excluded.end) &&
    !inConditional(analysis, m) &&
    !counterfactual(analysis, m.firstToken);
  // "I started this letter meaning to ask whether we could be together again": a wish once meant.
  const meantNow = (m: Match): boolean => usable(m) && !onceMeant(analysis, m.firstToken, false);

  for (const m of analysis.matches('intent.friendship')) {
    if (usable(m) && (!analysis.isNegated(m) || suggested(analysis, m)) && !namedOnly(analysis, m)) friendship.push(m);
  }
  for (const m of analysis.matches('intent.only-friends')) {
    if (usable(m) && analysis.isNegated(m)) romantic.push(m);
  }
  for (const m of analysis.matches('intent.declined')) {
    if (usable(m) && analysis.isNegated(m) && !narrowedAfter(analysis, m)) friendship.push(m);
  }
  for (const m of analysis.matches('intent.romantic')) {
    if (!meantNow(m) || aboutThePast(analysis, m)) continue;
    if (analysis.isNegated(m)) friendship.push(m);
    else romantic.push(m);
  }
  for (const m of analysis.matches('intent.unstopped')) {
    if (usable(m) && analysis.isNegated(m)) romantic.push(m);
  }
  // "I do not seek to revive what we had as a couple": what follows a refusal is still refused.
  const refused: Match[] = [];
  const continuesRefusal = (m: Match): boolean =>
    refused.some((r) => {
      if (m.firstToken < r.endToken || m.firstToken - r.endToken > 3) return false;
      for (let k = r.endToken; k <= m.firstToken; k++) if ((analysis.tokens[k] as Token).gap >= GAP.soft) return false;
      return true;
    });
  for (const m of analysis.matches('romantic.reunion')) {
    // "I said it as your coach and as your husband": the couple told of, as the reunion rule reads it.
    if (!meantNow(m) || aboutThePast(analysis, m) || toldOfThePast(analysis, m) || toldOthers(analysis, m)) continue;
    if (analysis.isNegated(m) && !suggested(analysis, m)) {
      refused.push(m);
      friendship.push(m);
    } else if (heldToFriendship(analysis, m) >= 0) friendship.push(m);
    else if (!continuesRefusal(m)) romantic.push(m);
  }
  for (const m of analysis.matches('romantic.declaration')) {
    if (!usable(m) || loveAsNoun(analysis, m)) continue;
    if (analysis.isNegated(m)) {
      // "I don't love you that way any more" says what the writer does not want.
      if (negatedThatWay(analysis, m)) friendship.push(m);
      continue;
    }
    // "I do love you, but not in that way any more", "I love you but I'm not in love with you".
    if (limitedAfter(analysis, m)) {
      friendship.push(m);
      continue;
    }
    const heldUntil = heldToFriendship(analysis, m);
    if (heldUntil >= 0) held.push({ ...m, endToken: heldUntil });
    else if (!aboutThePast(analysis, m)) romantic.push(m);
  }
  // The "as a friend" that holds the love back is part of it, not a second, plain offer.
  if (held.length > 0) {
    const inHeld = (f: Match): boolean => held.some((h) => f.firstToken >= h.firstToken && f.firstToken < h.endToken);
    for (let k = friendship.length - 1; k >= 0; k--) if (inHeld(friendship[k] as Match)) friendship.splice(k, 1);
  }
  friendship.push(...friendsOffered(analysis));
  for (const m of friendshipWishedBack(analysis))
    if (!analysis.isNegated(m) && !inConditional(analysis, m)) friendship.push(m);
  // Not "we were friends first" (the past), nor "I'm not asking to be engaged again, or to be anything more
  // than a friend" (a refusal carried over an "or").
  const open = analysis
    .matches('intent.more')
    .filter(
      (m) =>
        usable(m) &&
        (!analysis.isNegated(m) || suggested(analysis, m)) &&
        !pastRole(analysis, m) &&
        !refusedBefore(analysis, m),
    );
  // "Friends again to start with, and who knows": friendship now, more later.
  const friendsFirst = open.filter((m) => namesFriends(analysis, m));
  if (friendship.length === 0) friendship.push(...friendsFirst);
  const vague = analysis.matches('intent.vague').filter(usable);
  // "Friends, or more, or whatever you like": both offered, the reader to choose.
  const either = analysis.matches('intent.either').filter(usable);
  if (either.length > 0) {
    if (friendship.length === 0) friendship.push(...either);
    if (romantic.length === 0) romantic.push(...either);
  }

  // "I love you, but as good friends" on its own: love held to friendship is friendship.
  if (held.length > 0 && friendship.length === 0) friendship.push(...held);
  // "You're my best friend and also my everything": both roles at once, said of now.
  for (const m of analysis.matches('intent.roles')) {
    if (!usable(m) || pastRole(analysis, m)) continue;
    friendship.push(m);
    romantic.push(m);
  }
  // "I said I wanted to be friends... But the truth is I want us to get back together", "I'm writing to you
  // as a friend" before a proposal: friendship only reported or used as a frame yields to a romance wished
  // for now.
  if (romantic.length > 0 && friendship.length > 0 && friendship.every((m) => onlyFramed(analysis, m)))
    friendship.length = 0;
  let verdict: IntentVerdict;
  if (friendship.length > 0 && (romantic.length > 0 || open.length > 0)) {
    verdict = 'mixed';
    if (romantic.length === 0) {
      const later = open.filter((m) => !friendsFirst.includes(m));
      romantic.push(...(later.length > 0 ? later : open));
    }
  } else if (romantic.length > 0) {
    verdict = vague.length > 0 ? 'unstated' : 'romantic';
  } else if (friendship.length > 0) {
    // "Maybe that's a friendship. Maybe it's something else.": friendship only guessed at, beside a
    // goal left open, states nothing.
    verdict = vague.length > 0 && friendship.every((m) => guessed(analysis, m)) ? 'unstated' : 'friendship';
  } else verdict = 'unstated';
  friendship.sort((a, b) => a.start - b.start);
  romantic.sort((a, b) => a.start - b.start);
  return { friendship, romantic, verdict };
}

/** A finding as the reading needs it: lint's own, or one the desk keeps open. */
export interface ReadFinding {
  rule: string;
  category: LintCategory;
  severity: Severity;
}

/**
 * What a piece reads as: its statements of intent, with the romantic wording the rules found where
 * friendship is meant. A friendship offered beside "I still dream about you" or "no one has ever
 * kissed me the way you did" is mixed, and so is one beside an outing that reads as a date ("just
 * the two of us, like before"); so is a piece declared as friendship whose words are romantic. A
 * card that states nothing, with no intent declared, that says "you're the most beautiful woman in
 * any room" reads as romantic. Kisses and hearts alone ("xx") change no reading: they are flagged
 * as decoration, not read as an offer. A hedge beside a stated friendship ("let's see where it
 * goes") makes it mixed, as the hedge's own finding says. One function for the linter (every finding not
 * ignored) and the desk's verdict (the findings the writer keeps open), so the two never differ.
 */
export function readingOf(
  kind: Kind,
  declared: Intent | null,
  stated: IntentVerdict,
  findings: readonly ReadFinding[],
): IntentVerdict {
  if (stated === 'mixed' || stated === 'romantic') return stated;
  const friendshipMeant = stated === 'friendship' || declared === 'friendship' || isFriendshipPiece(kind);
  if (!friendshipMeant) return stated;
  // Kisses and hearts ("Take care, Sam xx") are a decoration to take off, not a romance offered:
  // the piece still says what it says.
  const romance = findings.some(
    (f) =>
      f.severity !== 'info' &&
      ((f.category === 'romantic' && f.rule !== 'romantic/kisses') ||
        ((f.rule === 'ambiguous-intent/invitation' || f.rule === 'ambiguous-intent/hedge') && stated === 'friendship')),
  );
  if (!romance) return stated;
  return stated === 'friendship' || declared === 'friendship' ? 'mixed' : 'romantic';
}
