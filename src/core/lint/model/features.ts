/**
 * The features the sentence model reads: what a rule would look at, as names. Words by lemma
 * (names and numbers folded into one placeholder each), pairs of neighbouring lemmas, words
 * inside a negation marked as such, word classes from the lexicon (insults, suffering, contact
 * verbs...), and the shape of each clause: who its subject is, its verb, whether it is a question,
 * an order or a condition. Classes and shapes are what let a sentence the bank never held be read
 * like the ones it did. See docs/ARCHITECTURE.md, "The sentence model".
 */
import { GAP } from '../engine/tokenize';
import type { SentenceLanguage } from '../language';
import type { Pos } from '../language/tagger';
import {
  ATTACHMENT_VERBS,
  BODY_NOUNS,
  HARM_VERBS,
  LOOKS_ADJECTIVES,
  PARTNER_NOUNS,
  SPITE_VERBS,
} from '../lexicon/acts';
import {
  CONSIDER_VERBS,
  CONTACT_VERBS,
  DEADLINE_PREPOSITIONS,
  MEETING_NOUNS,
  MEETING_VERBS,
  REPLY_VERBS,
  WATCHED,
  WATCHING_VERBS,
  WHEN_WORDS,
} from '../lexicon/contact';
import {
  BASIC_NEEDS,
  EMPTIED,
  ENDURING,
  LIFE_NOUNS,
  REMORSE,
  SUFFERING_STATES,
  SUFFERING_VERBS,
  TIES_TO_READER,
} from '../lexicon/feelings';
import { CHARACTER_ADJECTIVES, FEELINGS, INSULT_NOUNS, NEGATIVE_VALENCE } from '../lexicon/judgement';
import { words } from '../lexicon/words';

/** Word classes, each a name and its lemmas: the first that holds a lemma names its class. */
const CLASSES: readonly (readonly [string, ReadonlySet<string>])[] = [
  ['insult', INSULT_NOUNS],
  ['character', CHARACTER_ADJECTIVES],
  ['feeling', FEELINGS],
  ['suffer', SUFFERING_STATES],
  ['suffer-verb', SUFFERING_VERBS],
  ['need', BASIC_NEEDS],
  ['life', LIFE_NOUNS],
  ['emptied', EMPTIED],
  ['enduring', ENDURING],
  ['remorse', REMORSE],
  ['tie', TIES_TO_READER],
  ['harm', HARM_VERBS],
  ['spite', SPITE_VERBS],
  ['looks', LOOKS_ADJECTIVES],
  ['body', BODY_NOUNS],
  ['partner', PARTNER_NOUNS],
  ['attach', ATTACHMENT_VERBS],
  ['reply', REPLY_VERBS],
  ['contact', CONTACT_VERBS],
  ['consider', CONSIDER_VERBS],
  ['meet-noun', MEETING_NOUNS],
  ['meet', MEETING_VERBS],
  ['when', WHEN_WORDS],
  ['deadline', DEADLINE_PREPOSITIONS],
  ['watched', WATCHED],
  ['watch', WATCHING_VERBS],
];

const CLASS_RANK: ReadonlyMap<string, number> = new Map(CLASSES.map(([name], i) => [name, i]));

const NEGATORS = words(`not never no nothing nobody none nor without hardly`);
/** Words that end a negation's reach inside a sentence. */
const NEGATION_ENDS = words(`but though although however yet because so and then if when`);
const FIRST = words(`i me my mine myself`);
const SECOND = words(`you your yours yourself ya u ur`);
const THIRD = words(`he she him her his hers they them their`);
const WE = words(`we us our ours ourselves`);

/** A word as the model reads it: its lemma, with names, numbers and long oddities folded. */
function readWord(word: string, lemma: string, pos: Pos, alt: string | null): string {
  if (alt !== null) return '<partner>';
  if (pos === 'NUM' || /^\d/.test(word)) return '<num>';
  if (pos === 'PROPN') return '<name>';
  if (word.length > 24) return '<long>';
  // Pronouns keep their own form: "me" and "my" say different things than "i".
  if (pos === 'PRON') return word;
  return lemma || word;
}

/** Every word of every class, to its class (the first list that holds it), built on first use. */
let classByWord: Map<string, string> | null = null;

function classIndex(): Map<string, string> {
  if (classByWord) return classByWord;
  classByWord = new Map();
  for (const [name, set] of CLASSES) for (const w of set) if (!classByWord.has(w)) classByWord.set(w, name);
  return classByWord;
}

/** The lemma's class, else the word's (as the lists are searched in order, lemma and word together). */
function classOf(word: string, lemma: string): string | null {
  const index = classIndex();
  const a = index.get(lemma);
  const b = index.get(word);
  if (a !== undefined && b !== undefined) return CLASS_RANK.get(a)! <= CLASS_RANK.get(b)! ? a : b;
  const found = a ?? b;
  if (found !== undefined) return found;
  const valence = NEGATIVE_VALENCE.get(word) ?? NEGATIVE_VALENCE.get(lemma);
  if (valence !== undefined) return valence <= -1.8 ? 'very-negative' : 'negative';
  return null;
}

function personOf(word: string): string | null {
  if (FIRST.has(word)) return 'I';
  if (SECOND.has(word)) return 'YOU';
  if (WE.has(word)) return 'WE';
  if (THIRD.has(word)) return 'THEY';
  return null;
}

/**
 * The sentence's features, as names (each at most once). Only what the sentence itself says: the
 * same words give the same features wherever they stand.
 */
export function sentenceFeatures(sentence: SentenceLanguage): string[] {
  const out = new Set<string>();
  const { tokens, first, end } = sentence;
  const read: string[] = [];
  const classes: (string | null)[] = [];
  const persons = new Set<string>();
  let negated = false;
  for (let k = first; k < end; k++) {
    const token = tokens[k];
    if (!token) continue;
    const i = k - first;
    const pos = sentence.pos[i] ?? 'X';
    const lemma = (sentence.lemma[i] ?? token.word).toLowerCase();
    const word = token.word.toLowerCase();
    if (pos === 'PUNCT' || token.gap >= GAP.soft) negated = false;
    const w = readWord(word, lemma, pos, token.alt);
    read.push(w);
    if (NEGATION_ENDS.has(word)) negated = false;
    out.add(negated ? `~${w}` : w);
    const cls = token.emoji ? 'emoji' : classOf(word, lemma);
    classes.push(cls);
    if (cls) out.add(negated ? `~c:${cls}` : `c:${cls}`);
    const person = personOf(word);
    if (person) persons.add(person);
    if (NEGATORS.has(word)) negated = true;
  }
  for (let i = 0; i + 1 < read.length; i++) out.add(`${read[i]} ${read[i + 1]}`);
  for (const p of persons) {
    out.add(`p:${p}`);
    for (const c of classes) if (c) out.add(`p:${p}+c:${c}`);
  }
  if (sentence.question) {
    out.add('?');
    for (const p of persons) out.add(`?+p:${p}`);
  }
  for (const clause of sentence.clauses) {
    const subject = clause.subject ?? (clause.imperative ? 'order' : 'none');
    const verb = clause.lemma ?? '-';
    const tense = clause.past ? 'past' : 'now';
    out.add(`s:${subject}`);
    out.add(`s:${subject}+v:${verb}`);
    out.add(`s:${subject}+${tense}`);
    if (clause.negated) out.add(`s:${subject}+neg`);
    if (clause.modal) out.add(`s:${subject}+m:${clause.modal}`);
    if (clause.copula) out.add(`s:${subject}+copula`);
    if (clause.inverted) out.add(`s:${subject}+inverted`);
    if (clause.conditional) out.add(`if+s:${subject}`);
    if (clause.wh) out.add(`wh:${clause.wh}+s:${subject}`);
    const verbIndex = clause.verb - first;
    const verbClass = verbIndex >= 0 ? classes[verbIndex] : null;
    if (verbClass) out.add(`s:${subject}+vc:${verbClass}`);
    // What the clause says of its subject: the classes after the verb ("you were a coward").
    for (let k = Math.max(clause.verb, clause.first) + 1; k < clause.end; k++) {
      const c = classes[k - first];
      if (c) out.add(`s:${subject}>${c}`);
    }
  }
  return [...out];
}
