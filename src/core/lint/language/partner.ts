/**
 * Who the new partner is in the text: their name, "your new guy", "the girlfriend", "someone new",
 * and the pronouns that point back to them. A "he" or "she" refers to the partner only after the
 * partner has come up, and only until another person does ("my mum", "your sister Ana"): a card
 * about a friend's illness ("she's been so unwell") is not a remark about a new partner.
 */
import type { Analysis } from '../engine/analysis';
import { GAP, type Token } from '../engine/tokenize';
import { PARTNER_NOUNS } from '../lexicon/acts';
import { words } from '../lexicon/words';

const THIRD_PRONOUNS = words('he she him her his hers they them their himself herself');
const OWNERS = words('your the this that ur');
const SOMEONE = words('someone somebody');
/** People other than the partner: they take the pronouns over. */
const OTHER_PEOPLE = words(`
  mum mom mam mother dad father sister brother aunt uncle cousin nan gran grandma grandad grandpa granny nana friend
  mate boss
  colleague neighbour neighbor doctor nurse teacher son daughter baby kid kids child children niece nephew wife husband
`);
const SUBJECT_WORDS = words('i');
const DETERMINERS = words('my your his her their our a the');
/** Words between a determiner and a relative: "the new baby", "your little sister". */
const KIN_ADJECTIVES = words('new little young old eldest youngest older younger baby lovely beautiful');
/** "that gym guy", "this Chinwe girl", "your new fella". */
const POINTERS = words('your ur that this');
/** "your old man", "your little girl": family, not a partner. */
const NOT_PARTNER_MODIFIERS = words('old little young baby best other nice kind lovely');
const OBJECT_PRONOUNS = words('her him them');
/** Verbs and prepositions that tie "you" to a partner: "you're with her", "dating him". */
const RELATING = words('with seeing dating marrying married');
const PEOPLE = words('i we you he she they');
/** "seeing someone", "met someone", "with someone new". */
const MEETING = words('seeing dating with met found new picked chose choose married');

/** Verbs that, with "you" as their subject, introduce the partner by what they are: "you're seeing the new pastor". */
const COURTING = words('seeing dating courting marrying engaged');
/** Heads after "with the"/"you and the" that are not a partner: "you're with the council", "you and the kids". */
const NOT_A_PARTNER = words(`
  council bank company firm team army navy police government church band club school university college family
  group crew lot rest others kids children dog cat baby
`);
const ARTICLES = words('the that this a an');
/** Whom "you're seeing" for their work, not as a partner: "are you still seeing the physio?" */
const SEEN_FOR_CARE = words(`
  doctor physio physiotherapist therapist counsellor counselor dentist gp specialist psychiatrist psychologist
  consultant optician chiropractor osteopath
`);

/**
 * "You're seeing the new pastor", "heard about you and the accountant", "you're with the sparky from
 * Hendon": a partner introduced by what they are. `k` is an article after "you ... seeing/dating/
 * courting/engaged to", after "you're with", or after "you and"; the partner is the last word of
 * the adjective-and-noun run that follows (a singular noun, or a word the tagger took for an adjective).
 */
function describedPartnerAt(analysis: Analysis, k: number): number {
  const { tokens } = analysis;
  const article = tokens[k] as Token;
  const before = tokens[k - 1];
  const before2 = tokens[k - 2];
  if (!before || article.gap !== 0) return -1;
  const introduced =
    (COURTING.has(before.word) && nearestPerson(tokens, k - 1) === 'you') ||
    (before.word === 'to' && before2?.word === 'engaged' && nearestPerson(tokens, k - 2) === 'you') ||
    (before.word === 'with' && before.gap === 0 && youAre(tokens, k - 2)) ||
    (before.word === 'and' && before.gap === 0 && before2?.word === 'you');
  if (!introduced) return -1;
  let head = -1;
  for (let j = k + 1; j < Math.min(tokens.length, k + 4); j++) {
    const t = tokens[j] as Token;
    if (t.gap !== 0 || t.emoji) break;
    const pos = analysis.language.pos(j);
    if (pos !== 'NOUN' && pos !== 'ADJ' && pos !== 'PROPN') break;
    head = j;
  }
  if (head < 0) return -1;
  const w = (tokens[head] as Token).word;
  // Plural ("you and the girls") or not a person ("with the council").
  if (NOT_A_PARTNER.has(w) || OTHER_PEOPLE.has(w) || analysis.language.lemma(head) !== w) return -1;
  if (before.word === 'seeing' && SEEN_FOR_CARE.has(w)) return -1;
  return head;
}

/** "you're", "you are", "ur", "you've been" just before token `k` (inclusive). */
function youAre(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (t.word === 'ur') return true;
  const w = t.word === 'now' || t.word === 'still' ? tokens[k - 1]?.word : t.word;
  const at = t.word === 'now' || t.word === 'still' ? k - 1 : k;
  if (w === 'are' || w === 'were') return tokens[at - 1]?.word === 'you';
  if (w === 'been') return tokens[at - 1]?.word === 'have' && tokens[at - 2]?.word === 'you';
  return false;
}

/** The nearest subject pronoun in the few words before token `k`: "I'm seeing someone" is the writer's own. */
function nearestPerson(tokens: readonly Token[], k: number): string | null {
  const sentence = (tokens[k] as Token).sentence;
  for (let j = k - 1; j >= Math.max(0, k - 5); j--) {
    const t = tokens[j] as Token;
    if (t.sentence !== sentence) return null;
    if (PEOPLE.has(t.word)) return t.word === 'we' ? 'i' : t.word;
  }
  return null;
}

/** "be your girlfriend", "as your boyfriend", "I was your wife": the writer in the role. */
const BEING = words('be being been was am as');
/** "ur girl always", "your boy forever": the writer signing as theirs. */
const FOREVER = words('always forever still');

/** Whether "your <noun>" at `k` (owner at `owner`) names the writer's own place in the reader's life. */
function writerInRole(tokens: readonly Token[], k: number, owner: number): boolean {
  const before = tokens[owner - 1];
  if (before && before.sentence === (tokens[k] as Token).sentence && BEING.has(before.word)) return true;
  const after = tokens[k + 1];
  if (after === undefined || !FOREVER.has(after.word)) return false;
  const next = tokens[k + 2];
  return after.gap >= GAP.soft || next === undefined || next.gap >= GAP.soft;
}

/** A letter of a script without capitals: a word in it, in an English draft, is a name. */
const CASELESS_LETTER = /^\p{Lo}/u;

/**
 * How many sentences a pronoun keeps pointing at the partner after the partner last came up, when
 * someone else has come up since (with nobody else in view, it points there to the end).
 */
const REACH = 3;

export interface PartnerReferences {
  /** Tokens that name or describe the partner, or point back to them. */
  tokens: ReadonlySet<number>;
  /** Sentences that speak of the partner. */
  sentences: ReadonlySet<number>;
  /** Sentence of each mention by name or description, ascending. */
  mentions: readonly number[];
  /** Sentences with a "he" or "she" that no one in the text accounts for (nobody else came up first). */
  unexplained: ReadonlySet<number>;
  /** Sentences that speak of the writer's own partner ("I'm seeing someone too; he's older than me"). */
  own: ReadonlySet<number>;
}

const cache = new WeakMap<Analysis, PartnerReferences>();

export function partnerReferences(analysis: Analysis): PartnerReferences {
  const known = cache.get(analysis);
  if (known) return known;
  const { tokens } = analysis;
  const refs = new Set<number>();
  const sentences = new Set<number>();
  const mentions: number[] = [];
  const unexplained = new Set<number>();
  const own = new Set<number>();
  let ownActive = false;
  let anyoneElse = false;
  let lastMention = -100;
  let other = false;
  /** Whether anyone else (a name, "your mum") has come up since the partner was last mentioned. */
  let elseSince = false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    const w = t.word;
    const prev = tokens[k - 1];
    const prev2 = tokens[k - 2];
    let mention = t.alt === '<partner>';
    // "your new guy", "the girlfriend", "your bloke" (not "my husband", "your sister").
    if (!mention && PARTNER_NOUNS.has(w) && prev && t.gap === 0) {
      const owner = prev.word === 'new' ? prev2?.word : prev.word;
      if (owner !== undefined && OWNERS.has(owner) && w !== 'one' && w !== 'someone') mention = true;
      if (prev.word === 'new' && (w === 'one' || owner === 'a')) mention = true;
      // "be your girlfriend again", "ur girl always": the writer's own place, not a new partner.
      if (mention && writerInRole(tokens, k, prev.word === 'new' ? k - 2 : k - 1)) mention = false;
    }
    // "stepping out with a lady", "you're seeing a man from work", "married a woman of forty".
    if (
      !mention &&
      PARTNER_NOUNS.has(w) &&
      w !== 'one' &&
      w !== 'someone' &&
      prev &&
      prev2 &&
      t.gap === 0 &&
      prev.gap === 0 &&
      (prev.word === 'a' || prev.word === 'an') &&
      RELATING.has(prev2.word) &&
      nearestPerson(tokens, k) === 'you'
    )
      mention = true;
    // "that gym guy", "this Chinwe girl": one word between the pointer and the noun ("your old man" is a father).
    if (
      !mention &&
      PARTNER_NOUNS.has(w) &&
      prev2 &&
      t.gap === 0 &&
      prev.gap === 0 &&
      POINTERS.has(prev2.word) &&
      !NOT_PARTNER_MODIFIERS.has(prev.word) &&
      w !== 'one' &&
      w !== 'someone'
    )
      mention = true;
    // "seeing someone", "with someone new", "met someone" (not the writer's own: "I'm seeing someone").
    if (!mention && SOMEONE.has(w) && prev && MEETING.has(prev.word) && nearestPerson(tokens, k) !== 'i')
      mention = true;
    // "you're seeing the new pastor", "you and the accountant": the description, up to its head.
    let described = -1;
    if (!mention && ARTICLES.has(w)) {
      described = describedPartnerAt(analysis, k);
      if (described >= 0) {
        for (let j = k + 1; j <= described; j++) refs.add(j);
        mention = true;
      }
    }
    // "you're with her now", "I heard you're dating him": the pronoun is the partner.
    if (
      !mention &&
      OBJECT_PRONOUNS.has(w) &&
      prev &&
      t.gap === 0 &&
      RELATING.has(prev.word) &&
      nearestPerson(tokens, k) === 'you'
    )
      mention = true;
    if (mention) {
      refs.add(k);
      sentences.add(t.sentence);
      if (mentions[mentions.length - 1] !== t.sentence) mentions.push(t.sentence);
      lastMention = t.sentence;
      other = false;
      elseSince = false;
      ownActive = false;
      if (described > k) k = described;
      continue;
    }
    // The writer's own partner ("my new boyfriend", "I'm seeing someone") takes the pronouns over too.
    const ownPartner =
      (PARTNER_NOUNS.has(w) && w !== 'one' && prev !== undefined && (prev.word === 'my' || prev2?.word === 'my')) ||
      (SOMEONE.has(w) && prev !== undefined && MEETING.has(prev.word) && nearestPerson(tokens, k) === 'i');
    if (ownPartner) {
      other = true;
      anyoneElse = true;
      elseSince = true;
      ownActive = true;
      own.add(t.sentence);
      continue;
    }
    // "Your mum", "the new baby", "a little nephew": someone else the pronouns may be about.
    const owner =
      prev && DETERMINERS.has(prev.word)
        ? prev
        : prev && prev2 && KIN_ADJECTIVES.has(prev.word) && DETERMINERS.has(prev2.word)
          ? prev2
          : undefined;
    if (OTHER_PEOPLE.has(w) && owner && !(owner.word === 'your' && (w === 'wife' || w === 'husband'))) {
      other = true;
      anyoneElse = true;
      elseSince = true;
      ownActive = false;
      continue;
    }
    if (ownActive && THIRD_PRONOUNS.has(w)) own.add(t.sentence);
    // "Bloke couldn't change a fuse", "Guy's what, fifty-five?": a bare "bloke" opening a sentence
    // soon after the partner came up points back like a pronoun.
    if (
      PARTNER_NOUNS.has(w) &&
      w !== 'one' &&
      w !== 'someone' &&
      (prev === undefined || prev.sentence !== t.sentence) &&
      !other &&
      lastMention >= 0 &&
      t.sentence - lastMention <= REACH
    ) {
      refs.add(k);
      sentences.add(t.sentence);
      continue;
    }
    // A name mid-sentence: capitalised ("Kate"), or in a script without capitals ("晓燕", "كريم").
    if (
      t.head &&
      prev &&
      prev.gap === 0 &&
      t.gap === 0 &&
      !SUBJECT_WORDS.has(w) &&
      (t.capitals === 'initial' || (!t.emoji && CASELESS_LETTER.test(w)))
    ) {
      anyoneElse = true;
      elseSince = true;
    }
    if ((w === 'he' || w === 'she' || w === 'him' || w === 'her') && lastMention < 0 && !anyoneElse)
      unexplained.add(t.sentence);
    // Near the last mention, or further on when nobody else has come up since.
    if (THIRD_PRONOUNS.has(w) && !other && lastMention >= 0 && (t.sentence - lastMention <= REACH || !elseSince)) {
      refs.add(k);
      sentences.add(t.sentence);
    }
  }
  const result = { tokens: refs, sentences, mentions, unexplained, own };
  cache.set(analysis, result);
  return result;
}
