/**
 * Reads a tagged sentence as clauses: who the subject is (I, you, we, a third person, a thing),
 * the verb group (modal, negation, tense, passive), what follows the verb, and the clause's form
 * (question, imperative, condition). Rules are written over these, not over word strings, so
 * "you were honestly such a coward" and "u r a coward" are one finding.
 *
 * This is a shallow reading, tuned for short personal prose: it finds the clause that starts at
 * each subject followed by a verb, and the subordinator in front of it. It does not build a tree.
 */
import type { Token } from '../engine/tokenize';
import { GAP } from '../engine/tokenize';
import type { Pos } from './tagger';
import {
  AUXILIARIES,
  BE,
  CONDITIONALS,
  COPULAS,
  DISCOURSE,
  MODALS,
  NEGATORS,
  PAST_AUX,
  SUBJECT_PRONOUNS,
  SUBORDINATORS,
  VERB_ADVERBS,
  WH_WORDS,
  type Person,
} from './words';

export interface Clause {
  /** Token range (global indices), end exclusive. */
  first: number;
  end: number;
  /** The subordinator or conjunction that opened the clause ("if", "because", "but"), if any. */
  opener: string | null;
  /** A question word at the front ("why", "how"), if any. */
  wh: string | null;
  subject: Person | null;
  /** Token range of the subject phrase, or -1. */
  subjectFirst: number;
  subjectEnd: number;
  /** First token of the verb group (auxiliaries included) and the main verb, or -1. */
  verbFirst: number;
  verb: number;
  /** Lemma of the main verb ("be" for "you're a coward"). */
  lemma: string | null;
  modal: string | null;
  negated: boolean;
  past: boolean;
  passive: boolean;
  /** The main verb links the subject to a description ("are", "seem", "look"). */
  copula: boolean;
  /** An auxiliary stands before the subject: "do you miss me", "can we talk". */
  inverted: boolean;
  /** No subject, and a verb in the base form leads: "call me", "don't go". */
  imperative: boolean;
  /** Opened by "if", "unless", "whether" and the like. */
  conditional: boolean;
}

export interface TaggedSentence {
  tokens: readonly Token[];
  /** First token of the sentence and one past its last (global indices). */
  first: number;
  end: number;
  pos: readonly Pos[];
  lemma: readonly string[];
  /** "?" closes the sentence. */
  question: boolean;
}

const PRONOUN_SUBJECTS_AFTER_VERB: ReadonlySet<string> = new Set(['i', 'we', 'he', 'she', 'they', 'you']);
const NP_DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'my',
  'your',
  'our',
  'his',
  'her',
  'their',
  'this',
  'that',
  'these',
  'those',
  'a',
  'an',
  'every',
  'each',
  'no',
  'some',
  'any',
  'all',
]);
/** Verbs that take a clause without "that": "I saw you made...", "I hope you are...". */
const CAUSATIVE: ReadonlySet<string> = new Set(['make', 'let', 'help', 'have', 'watch', 'hear', 'feel', 'bid']);

export class SentenceReader {
  constructor(readonly s: TaggedSentence) {}

  token(k: number): Token {
    return this.s.tokens[k] as Token;
  }

  /** The word at k, or '' outside the sentence (so look-ahead never needs a bounds check). */
  word(k: number): string {
    return k >= this.s.first && k < this.s.end ? (this.s.tokens[k] as Token).word : '';
  }
  pos(k: number): Pos {
    return this.s.pos[k - this.s.first] ?? 'X';
  }
  lemma(k: number): string {
    return this.s.lemma[k - this.s.first] ?? this.word(k);
  }
  isVerbLike(k: number): boolean {
    if (k >= this.s.end) return false;
    const w = this.word(k);
    if (AUXILIARIES.has(w)) return true;
    if (SUBJECT_PRONOUNS.has(w) || NEVER_VERBS.has(w)) return false;
    const p = this.pos(k);
    return p === 'VERB' || p === 'AUX';
  }
  /** The next token at or after k that is not an adverb of the verb group, within the sentence. */
  skipAdverbs(k: number): number {
    while (k < this.s.end && VERB_ADVERBS.has(this.word(k)) && !AUXILIARIES.has(this.word(k))) k++;
    return k;
  }
  /** A noun phrase starting at k ("your new guy", "the days", "Jamie"): its end, or -1. */
  nounPhrase(k: number): number {
    const tok = this.s.tokens[k] as Token | undefined;
    if (!tok) return -1;
    if (tok.alt === '<partner>') return k + 1;
    const w = tok.word;
    const p = this.pos(k);
    let j = k;
    if (NP_DETERMINERS.has(w)) j++;
    else if (p !== 'NOUN' && p !== 'PROPN' && p !== 'ADJ' && p !== 'NUM') return -1;
    let nouns = 0;
    while (j < this.s.end && j - k < 6) {
      const q = this.pos(j);
      const t = this.s.tokens[j] as Token;
      if (j > k && t.gap >= GAP.soft) break;
      if (q === 'ADJ' || q === 'NUM' || (q === 'ADV' && nouns === 0 && j > k && this.word(j) !== 'not')) {
        if (nouns > 0) break;
        j++;
        continue;
      }
      if (q === 'NOUN' || q === 'PROPN' || t.alt === '<partner>') {
        nouns++;
        j++;
        continue;
      }
      break;
    }
    return nouns > 0 ? j : -1;
  }
  /** A subject at k: its person and end, or null. */
  subjectAt(k: number): { person: Person; end: number } | null {
    const w = this.word(k);
    const pronoun = SUBJECT_PRONOUNS.get(w);
    if (pronoun !== undefined) {
      // "this card", "that night": a determiner, read as a noun phrase.
      if ((w === 'this' || w === 'that') && (this.pos(k + 1) === 'NOUN' || this.pos(k + 1) === 'ADJ')) {
        const end = this.nounPhrase(k);
        return end > 0 ? { person: 'thing', end } : null;
      }
      return { person: pronoun, end: k + 1 };
    }
    // "any of it", "all of this", "part of you".
    if (QUANTIFIERS.has(w) && this.word(k + 1) === 'of' && k + 2 < this.s.end) {
      const inner = this.word(k + 2);
      if (
        inner === 'it' ||
        inner === 'this' ||
        inner === 'that' ||
        inner === 'us' ||
        inner === 'you' ||
        inner === 'them' ||
        inner === 'me'
      )
        return { person: 'thing', end: k + 3 };
      const np = this.nounPhrase(k + 2);
      if (np > 0) return { person: 'thing', end: np };
    }
    const end = this.nounPhrase(k);
    if (end < 0) return null;
    const tok = this.s.tokens[k] as Token;
    const head = this.pos(end - 1);
    const person: Person =
      tok.alt === '<partner>' || head === 'PROPN' || PEOPLE.has(this.lemma(end - 1)) ? 'third' : 'thing';
    return { person, end };
  }
  /** A verb group follows at k (after adverbs). */
  verbFollows(k: number): boolean {
    const j = this.skipAdverbs(k);
    return (
      j < this.s.end &&
      (this.s.tokens[j] as Token).gap < GAP.soft &&
      this.isVerbLike(j) &&
      !(this.pos(j) === 'NOUN' && !AUXILIARIES.has(this.word(j)))
    );
  }
}

const QUANTIFIERS: ReadonlySet<string> = new Set([
  'any',
  'all',
  'none',
  'some',
  'most',
  'part',
  'each',
  'both',
  'either',
  'neither',
  'one',
]);

/** Words the tagger sometimes reads as verbs that never are. */
const NEVER_VERBS: ReadonlySet<string> = new Set([
  'everything',
  'nothing',
  'something',
  'anything',
  'me',
  'us',
  'him',
  'her',
  'them',
  'my',
  'your',
  'lol',
  'haha',
  'xx',
  'x',
]);

/** Nouns for people: a noun phrase with one of these heads is a third person, not a thing. */
const PEOPLE: ReadonlySet<string> = new Set([
  'man',
  'woman',
  'guy',
  'girl',
  'boy',
  'lady',
  'bloke',
  'fella',
  'friend',
  'mate',
  'partner',
  'boyfriend',
  'girlfriend',
  'wife',
  'husband',
  'fiance',
  'fiancee',
  'mum',
  'mom',
  'dad',
  'mother',
  'father',
  'sister',
  'brother',
  'person',
  'people',
  'family',
  'parent',
  'kid',
  'child',
  'son',
  'daughter',
  'bride',
  'groom',
  'missus',
  'bf',
  'gf',
  'ex',
  'one',
  'everyone',
  'someone',
  'nobody',
  'anyone',
  'aunt',
  'uncle',
  'cousin',
  'nan',
  'gran',
  'grandma',
  'grandad',
  'grandpa',
  'colleague',
  'boss',
  'neighbour',
  'neighbor',
  'baby',
]);

const POSSESSIVE_WORDS: ReadonlySet<string> = new Set(['my', 'your', 'our', 'his', 'her', 'their']);
/** A subject and verb after one of these begins a new clause ("he is bad news | you deserve better"). */
const CLAUSE_BOUNDARY_POS: ReadonlySet<Pos> = new Set<Pos>([
  'NOUN',
  'PROPN',
  'NUM',
  'ADV',
  'ADJ',
  'PRON',
  'INTJ',
  'PART',
  'ADP',
]);

function startsNewClause(r: SentenceReader, k: number, start: number): boolean {
  const tok = r.token(k);
  const w = tok.word;
  if (k === start) return false;
  const prev = r.word(k - 1);
  // "do you ...", "why can't we ...": the subject of an inverted clause, not a new one.
  let back = k - 1;
  while (back >= start && (VERB_ADVERBS.has(r.word(back)) || NEGATORS.has(r.word(back)))) back--;
  if (back >= start && AUXILIARIES.has(r.word(back))) {
    let front = back - 1;
    while (front >= start && (DISCOURSE.has(r.word(front)) || WH_WORDS.has(r.word(front)))) front--;
    if (front < start) return false;
  }
  const subject = r.subjectAt(k);
  if (!subject) return false;
  if (!r.verbFollows(subject.end)) return false;
  // Inside a noun phrase ("your | new guy seems"): the phrase started earlier.
  if (
    !SUBJECT_PRONOUNS.has(w) &&
    tok.alt !== '<partner>' &&
    (NP_DETERMINERS.has(prev) ||
      r.pos(k - 1) === 'ADJ' ||
      r.pos(k - 1) === 'NUM' ||
      POSSESSIVE_WORDS.has(prev) ||
      QUANTIFIERS.has(prev) ||
      prev === 'of')
  )
    return false;
  // "I gave you everything": an object, unless a verb follows it ("I saw you made ...").
  if (SUBJECT_PRONOUNS.has(w) && !PRONOUN_SUBJECTS_AFTER_VERB.has(w) && r.isVerbLike(k - 1)) return false;
  if (w === 'you' && r.isVerbLike(k - 1) && CAUSATIVE.has(r.lemma(k - 1))) return false;
  // A noun phrase straight after a verb is its object ("I miss the days we ...").
  if (!SUBJECT_PRONOUNS.has(w) && r.isVerbLike(k - 1) && tok.gap < GAP.soft) return false;
  return tok.gap >= GAP.soft || SUBORDINATORS.has(prev) || r.isVerbLike(k - 1) || CLAUSE_BOUNDARY_POS.has(r.pos(k - 1));
}

/** Splits a sentence into clauses and reads each. */
export function readClauses(s: TaggedSentence): Clause[] {
  const r = new SentenceReader(s);
  const starts: number[] = [s.first];
  for (let k = s.first + 1; k < s.end; k++) {
    const tok = s.tokens[k] as Token;
    if (startsNewClause(r, k, starts[starts.length - 1] as number)) {
      // Take the subordinators in front along ("even though you", "and then she").
      let at = k;
      const current = starts[starts.length - 1] as number;
      while (
        at - 1 >= current &&
        SUBORDINATORS.has(r.word(at - 1)) &&
        (s.tokens[at] as Token).gap < GAP.soft &&
        at > k - 2
      )
        at--;
      // "If you ...", "And she ...": the subordinator opens the clause already under way.
      let lead = current;
      while (lead < at && (SUBORDINATORS.has(r.word(lead)) || DISCOURSE.has(r.word(lead)))) lead++;
      if (lead >= at) continue;
      starts.push(at);
      continue;
    }
    // A comma then a conditional or an imperative ("..., call me when you can") opens a clause too.
    if (tok.gap >= GAP.soft && (CONDITIONALS.has(tok.word) || imperativeAt(r, k))) starts.push(k);
  }
  const clauses: Clause[] = [];
  for (let c = 0; c < starts.length; c++) {
    const first = starts[c] as number;
    const end = c + 1 < starts.length ? (starts[c + 1] as number) : s.end;
    if (end > first) clauses.push(readClause(r, first, end));
  }
  return clauses;
}

/** A base-form verb leading a clause: "call me", "don't go", "let's talk", "please write back". */
function imperativeAt(r: SentenceReader, k: number): boolean {
  let j = k;
  while (
    j < r.s.end &&
    (r.word(j) === 'please' || r.word(j) === 'just' || r.word(j) === 'plz' || r.word(j) === 'pls' || r.word(j) === 'so')
  )
    j++;
  if (j >= r.s.end) return false;
  let w = r.word(j);
  if ((w === 'do' || w === 'dont') && (r.word(j + 1) === 'not' || r.word(j + 1) === 'nt')) {
    j += 2;
    w = r.word(j);
  } else if (w === 'never') {
    j++;
    w = r.word(j);
  }
  if (j >= r.s.end) return false;
  if (w === 'let') return true;
  if (AUXILIARIES.has(w) || SUBJECT_PRONOUNS.has(w)) return false;
  const p = r.pos(j);
  const lemma = r.lemma(j);
  // The tagger often reads a leading "call", "text" or "ring" as a noun: its lemma is the word, though.
  return (p === 'VERB' || p === 'NOUN' || p === 'PROPN' || p === 'ADJ') && lemma === w && BASE_VERBS.has(w);
}

/** Verbs a writer uses as commands to the reader; a leading word outside this list is not read as an imperative. */
export const BASE_VERBS: ReadonlySet<string> = new Set([
  'call',
  'ring',
  'phone',
  'text',
  'message',
  'msg',
  'email',
  'write',
  'reply',
  'respond',
  'answer',
  'tell',
  'let',
  'come',
  'go',
  'meet',
  'talk',
  'speak',
  'see',
  'look',
  'think',
  'remember',
  'forget',
  'give',
  'get',
  'send',
  'drop',
  'pick',
  'stop',
  'leave',
  'wait',
  'stay',
  'take',
  'read',
  'open',
  'check',
  'dm',
  'facetime',
  'snap',
  'hit',
  'reach',
  'contact',
  'visit',
  'forgive',
  'believe',
  'trust',
  'try',
  'hear',
  'listen',
  'consider',
  'reconsider',
  'decide',
  'choose',
  'ignore',
  'block',
  'unblock',
  'miss',
  'love',
  'hate',
  'keep',
  'make',
  'shut',
  'push',
  'walk',
  'run',
  'hold',
  'hug',
  'kiss',
  'say',
  'ask',
  'show',
  'bring',
  'pop',
  'swing',
  'stop',
  'return',
  'have',
  'enjoy',
  'hope',
  'fancy',
  'grab',
  'catch',
  'hang',
  'join',
  'find',
  'give',
  'lemme',
  'gimme',
  'answer',
  'explain',
  'admit',
  'own',
  'realise',
  'realize',
  'understand',
  'accept',
  'face',
  'quit',
  'knock',
  'put',
  'do',
  'be',
  'help',
  'imagine',
  'guess',
  'thank',
  'wish',
  'sleep',
  'eat',
  'cry',
  'rest',
  'mind',
  'treat',
  'shoot',
  'buzz',
  'ping',
  'whatsapp',
  'skype',
  'zoom',
  'inbox',
]);

/** What follows a linking verb is a description: "seems nice", "looks like", "became a stranger". */
function describes(r: SentenceReader, k: number, end: number): boolean {
  const j = r.skipAdverbs(k);
  if (j >= end) return false;
  const w = r.word(j);
  const p = r.pos(j);
  return (
    p === 'ADJ' ||
    w === 'like' ||
    w === 'a' ||
    w === 'an' ||
    w === 'such' ||
    w === 'as' ||
    (p === 'VERB' && r.word(j).endsWith('ed'))
  );
}

function isPastForm(r: SentenceReader, k: number): boolean {
  const w = r.word(k);
  if (PAST_AUX.has(w)) return true;
  if (AUXILIARIES.has(w)) return false;
  const lemma = r.lemma(k);
  if (lemma === w) return false;
  if (w.endsWith('ing') || (w.endsWith('s') && lemma + 's' === w)) return false;
  return r.pos(k) === 'VERB' || r.pos(k) === 'AUX';
}

function readClause(r: SentenceReader, first: number, end: number): Clause {
  const clause: Clause = {
    first,
    end,
    opener: null,
    wh: null,
    subject: null,
    subjectFirst: -1,
    subjectEnd: -1,
    verbFirst: -1,
    verb: -1,
    lemma: null,
    modal: null,
    negated: false,
    past: false,
    passive: false,
    copula: false,
    inverted: false,
    imperative: false,
    conditional: false,
  };
  let k = first;
  // Openers: "and", "because", "even though", "but if".
  while (k < end - 1 && SUBORDINATORS.has(r.word(k)) && !WH_WORDS.has(r.word(k))) {
    const w = r.word(k);
    if (
      w === 'that' &&
      r.subjectAt(k) &&
      r.verbFollows(k + 1) &&
      clause.opener === null &&
      k === first &&
      r.word(k + 1) !== 'you' &&
      r.word(k + 1) !== 'i'
    )
      break;
    clause.opener ??= w;
    if (CONDITIONALS.has(w)) clause.conditional = true;
    k++;
  }
  // Discourse words: "well", "honestly", "please", a vocative name with a comma.
  while (k < end - 1 && DISCOURSE.has(r.word(k)) && !(r.word(k) === 'please' && imperativeAt(r, k))) k++;
  if (k < end && WH_WORDS.has(r.word(k))) {
    clause.wh = r.word(k);
    k++;
  }
  // Inversion: an auxiliary before the subject.
  let auxFront = -1;
  if (k < end && AUXILIARIES.has(r.word(k))) {
    let j = k + 1;
    while (j < end && (NEGATORS.has(r.word(j)) || VERB_ADVERBS.has(r.word(j)))) j++;
    const subject = j < end ? r.subjectAt(j) : null;
    // A pronoun, the partner's name, or in a question any noun phrase: "did those years mean anything?"
    if (subject && (SUBJECT_PRONOUNS.has(r.word(j)) || r.token(j).alt === '<partner>' || r.s.question)) {
      auxFront = k;
      clause.inverted = true;
      for (let q = k + 1; q < j; q++) if (NEGATORS.has(r.word(q))) clause.negated = true;
      clause.subject = subject.person;
      clause.subjectFirst = j;
      clause.subjectEnd = subject.end;
      k = subject.end;
    }
  }
  if (clause.subject === null) {
    const subject = k < end ? r.subjectAt(k) : null;
    if (subject && subject.end <= end && r.verbFollows(subject.end)) {
      clause.subject = subject.person;
      clause.subjectFirst = k;
      clause.subjectEnd = subject.end;
      k = subject.end;
    } else if (clause.wh === 'who' || clause.wh === 'what') {
      // "what does she have", "who cares": the question word is the subject.
      clause.subject = clause.wh === 'who' ? 'third' : 'thing';
    } else if (imperativeAt(r, k)) {
      clause.imperative = true;
    }
  }
  // The verb group: auxiliaries, negation and adverbs, then the main verb.
  const groupStart = auxFront >= 0 ? auxFront : k;
  let j = k;
  let sawBe = auxFront >= 0 && BE.has(r.word(auxFront));
  let mainFound = false;
  if (auxFront >= 0 && MODALS.has(r.word(auxFront))) clause.modal = r.word(auxFront);
  if (auxFront >= 0) clause.past = isPastForm(r, auxFront);
  let finiteSeen = auxFront >= 0;
  while (j < end) {
    const w = r.word(j);
    if (j > k && r.token(j).gap >= GAP.soft) break;
    if (NEGATORS.has(w)) {
      clause.negated = true;
      j++;
      continue;
    }
    if (VERB_ADVERBS.has(w) && !AUXILIARIES.has(w)) {
      j++;
      continue;
    }
    // "used to" is a habit marker, like a modal: "you used to hold me".
    if (w === 'used' && r.word(j + 1) === 'to' && !mainFound) {
      if (clause.verbFirst < 0) clause.verbFirst = j;
      clause.past = true;
      finiteSeen = true;
      j += 2;
      continue;
    }
    // "going to" and "gonna" are the future, like "will".
    if ((w === 'going' && r.word(j + 1) === 'to' && r.isVerbLike(r.skipAdverbs(j + 2))) || w === 'gonna') {
      if (clause.verbFirst < 0) clause.verbFirst = j;
      clause.modal ??= 'will';
      finiteSeen = true;
      j += w === 'gonna' ? 1 : 2;
      continue;
    }
    if (
      w === 'please' ||
      (w === 'to' &&
        mainFound === false &&
        clause.verbFirst >= 0 &&
        ['going', 'have', 'has', 'had', 'got', 'ought', 'need', 'used'].includes(r.word(j - 1)))
    ) {
      j++;
      continue;
    }
    if (clause.imperative && clause.verbFirst < 0 && (w === 'do' || w === 'dont')) {
      clause.verbFirst = j;
      j++;
      continue;
    }
    if (AUXILIARIES.has(w) && !mainFound) {
      if (clause.verbFirst < 0) clause.verbFirst = j;
      if (MODALS.has(w)) clause.modal ??= w;
      if (!finiteSeen) {
        clause.past = isPastForm(r, j);
        finiteSeen = true;
      }
      if (BE.has(w)) sawBe = true;
      // "be" with nothing verbal after it is the main verb: "you are a coward".
      const next = r.skipAdverbs(j + 1);
      const nextNeg = next < end && NEGATORS.has(r.word(next)) ? r.skipAdverbs(next + 1) : next;
      if (!(nextNeg < end && r.isVerbLike(nextNeg) && r.pos(nextNeg) !== 'ADJ' && r.token(nextNeg).gap < GAP.soft)) {
        clause.verb = j;
        clause.lemma = r.lemma(j) === 'wont' ? 'will' : BE.has(w) ? 'be' : r.lemma(j);
        clause.copula = BE.has(w);
        mainFound = true;
        break;
      }
      j++;
      continue;
    }
    if (r.isVerbLike(j) || (clause.imperative && !mainFound)) {
      if (clause.verbFirst < 0) clause.verbFirst = j;
      clause.verb = j;
      clause.lemma = r.lemma(j);
      if (!finiteSeen) clause.past = isPastForm(r, j);
      // After a form of "be", a verb not in -ing is a participle ("you were hurt"): passive.
      if (sawBe && !r.word(j).endsWith('ing')) clause.passive = true;
      clause.copula = !clause.passive && COPULAS.has(clause.lemma) && describes(r, j + 1, end);
      mainFound = true;
      break;
    }
    break;
  }
  // "Am I still in your thoughts?": the fronted "be" is the only verb.
  if (auxFront >= 0 && !mainFound) {
    const w = r.word(auxFront);
    clause.verb = auxFront;
    clause.lemma = BE.has(w) ? 'be' : r.lemma(auxFront);
    clause.copula = BE.has(w);
  }
  if (clause.verbFirst < 0 && groupStart < end && clause.verb >= 0) clause.verbFirst = groupStart;
  if (auxFront >= 0) clause.verbFirst = auxFront;
  // Negation after the main verb's auxiliary ("I am not okay") was caught above; "never" before it too.
  return clause;
}
