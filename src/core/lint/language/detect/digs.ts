/**
 * Digs that carry no stock phrase, read from the shape of the sentence: the reader's old conduct
 * as the low mark of a comparison ("I hope she is kinder to you than you were to me"), mock
 * certainty ("I'm sure that's a coincidence"), "unlike some", and praise that only lands "this
 * time".
 */
import { EXCLAMATION_MARK } from '../../engine/chars';
import { GAP, type Token } from '../../engine/tokenize';
import { words } from '../../lexicon/words';
import type { RuleContext, TokenSpan } from '../../rule';
import type { SentenceLanguage } from '../index';
import { clauseAt, findIn, findPhrase, pos, readsAt, word } from '../query';

/** Comparatives not made with -er, and -er words that are not comparatives. */
const COMPARATIVES = words('more less better worse fewer');
const NOT_COMPARATIVE = words(`
  other another rather whether never ever over under after either neither together however whatever wherever
  whoever forever sooner later number order water dinner summer winter mother father brother sister daughter
  partner teacher paper letter matter power
`);
/** How the reader once was or behaved towards the writer: "than you were", "than you treated". */
const CONDUCT = words(`
  be treat do give make show behave act let listen care try mind manage tell remember bother
`);
const TO_THE_WRITER = words('me us my');

function comparativeBefore(s: SentenceLanguage, than: number): number {
  for (let k = than - 1; k >= Math.max(s.first, than - 6); k--) {
    const w = word(s, k);
    if (COMPARATIVES.has(w)) return k;
    if (w.length > 4 && w.endsWith('er') && !NOT_COMPARATIVE.has(w)) return k;
  }
  return -1;
}

/** Whether the writer is the one compared: the subject of the verb before the comparative is "I" or "we". */
function writerCompared(s: SentenceLanguage, comparative: number): boolean {
  let k = comparative - 1;
  while (k >= s.first && !VERBISH.has(pos(s, k))) k--;
  while (k >= s.first && (VERBISH.has(pos(s, k)) || pos(s, k) === 'ADV' || pos(s, k) === 'PART')) k--;
  const subject = word(s, k);
  return subject === 'i' || subject === 'we';
}

const VERBISH = new Set(['VERB', 'AUX']);

/** "You cook better than you ever did": the reader against their own past, which may be praise. */
function readerCompared(s: SentenceLanguage, comparative: number): boolean {
  return findIn(s, s.first, comparative, words('you u')) >= 0;
}

/**
 * "I hope she is kinder to you than you were to me", "treat you better than you treated me",
 * "a better listener than you ever gave me credit for": the reader's conduct towards the writer
 * set as the low mark. Not when the writer is the one compared ("I was harder on you than you
 * were on me" owns the wrong), nor "happier than you made me" said of the writer's own doing.
 */
export function* lowMarkOfYou(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  for (let than = s.first + 1; than < s.end - 2; than++) {
    if (word(s, than) !== 'than' || word(s, than + 1) !== 'you') continue;
    // "than you ever were", "than you had been": the conduct verb within three words.
    const verb = findIn(s, than + 2, than + 5, CONDUCT);
    if (verb < 0) continue;
    let writer = findIn(s, verb, verb + 5, TO_THE_WRITER);
    // "Even my intern handles pressure better than you did", "says sorry better than you ever did": the reader
    // as the low mark with no "me" after, when someone else is compared.
    // ("I hope the baby sleeps better than you ever did" is a wish and a tease, and passes.)
    if (writer < 0 && word(s, verb) !== 'be' && verb + 1 >= s.end && findIn(s, s.first, than, words('hope wish')) < 0)
      writer = verb;
    if (writer < 0) continue;
    const comparative = comparativeBefore(s, than);
    if (comparative < 0) continue;
    if (writerCompared(s, comparative) || (writer === verb && readerCompared(s, comparative))) continue;
    yield { first: comparative, end: writer + 1 };
    return;
  }
}

const MOCKED = words('coincidence coincidental oversight');
const ACCIDENT = words('accident mistake');
/** What makes "I'm sure it was an accident" a raised eyebrow: a loss the writer is counting. */
const GRUDGE = words('shame funny odd strange interesting convenient conveniently lost forgot forgotten missing');

/** "I'm sure that's a coincidence", "shame my invite got lost, I'm sure it was an accident". */
export function* mockCertainty(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  if (findIn(s, s.first, s.end, words('sure')) < 0) return;
  const sure = findPhrase(s, s.first, s.end, 'i am sure');
  if (sure < 0) return;
  const end = Math.min(s.end, sure + 9);
  const mocked = findIn(s, sure + 3, end, MOCKED);
  const accident = mocked >= 0 ? -1 : findIn(s, sure + 3, end, ACCIDENT);
  const at = mocked >= 0 ? mocked : accident >= 0 && findIn(s, s.first, sure, GRUDGE) >= 0 ? accident : -1;
  // "I'm sure it was no coincidence that we met": wonder, not a jab.
  if (at < 0 || findIn(s, sure + 3, at, words('no not never')) >= 0) return;
  yield { first: sure, end: at + 1 };
}

/** "I've paid my share, unlike some": the reader pointed at without a name. */
export function* unlikeSome(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  for (let k = s.first; k < s.end - 1; k++) {
    if (word(s, k) !== 'unlike') continue;
    const next = word(s, k + 1);
    const people = word(s, k + 2);
    if ((next === 'some' || next === 'certain') && (k + 2 >= s.end || people === 'people' || people === 'folk'))
      yield { first: k, end: Math.min(s.end, k + (people === 'people' || people === 'folk' ? 3 : 2)) };
  }
}

const GLAD = words('good nice glad great lovely');

/**
 * "Good to see you credited everyone this time", "I hope you'll actually stay this time": praise
 * or hope that only counts because the reader failed before.
 */
export function* onlyThisTime(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  if (s.question || findIn(s, s.first, s.end, words('time')) < 0) return;
  const time = findPhrase(s, s.first, s.end, 'this time');
  if (time < 0) return;
  // "Hope this time you will actually go, and not cancel like everything we planned."
  const after = findIn(s, time + 2, Math.min(s.end, time + 4), words('you u'));
  if (after >= 0 && findIn(s, after + 1, Math.min(s.end, after + 4), words('actually')) >= 0) {
    yield { first: time, end: Math.min(s.end, after + 5) };
    return;
  }
  for (let k = s.first; k < time; k++) {
    // "Good to see you this time" is a greeting: the jab needs something done between.
    const praise = GLAD.has(word(s, k)) && readsAt(s, k + 1, 'to see you') && k + 4 < time;
    const actually = word(s, k) === 'you' && findIn(s, k + 1, Math.min(time, k + 4), words('actually')) >= 0;
    if (praise || actually) {
      yield { first: k, end: time + 2 };
      return;
    }
  }
}

const WONDER = words('funny amazing interesting strange odd curious incredible remarkable crazy');
/** A habit of the reader's, held up: "funny how yer car always broke down the week my pay came in". */
const HABIT = words('always never every');
/** What makes the wonder a jab: how fast, or once what changed ("once you had the time", "anymore"). */
const TURN = words('quick quickly fast soon suddenly finally anymore once');
/** Feats and praise: wonder at them is admiration. */
const PRAISED = words(`
  learn pick master improve recover heal grow adapt impressed proud brilliant clever talented well done bravo love
  lovely glad sweet
`);

/**
 * "Funny how quick you moved on", "it's amazing how fast things moved once you had more free
 * time", "amazing what you can afford when you're not splitting bills anymore": wonder at the
 * reader that points at a change the writer resents. Wonder with no turn ("funny how you always
 * knew what I was thinking") is a fond memory, and passes.
 */
export function* wonderAtYou(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  if (s.question) return;
  let k = s.first;
  if (readsAt(s, k, 'it is') || readsAt(s, k, 'is it')) k += 2;
  if (word(s, k) === 'so' || word(s, k) === 'really' || word(s, k) === 'just') k++;
  if (!WONDER.has(word(s, k))) return;
  const how = word(s, k + 1);
  if (how !== 'how' && how !== 'what' && how !== 'that') return;
  const you = findIn(s, k + 2, s.end, words('you your u ur yer'));
  if (you < 0) return;
  // "Interesting that your client dinners never turn up on an invoice", "crazy how u were grounded every weekend".
  if (findIn(s, you + 1, s.end, HABIT) >= 0 && findIn(s, k + 2, s.end, PRAISED) < 0) {
    yield { first: s.first, end: s.end };
    return;
  }
  if (how === 'that') return;
  const turn = findIn(s, k + 2, s.end, TURN);
  const nowThat = findPhrase(s, k + 2, s.end, 'now that');
  if (turn < 0 && nowThat < 0) return;
  // "Funny how things work out once you stop trying": the "you" of anyone, in the present.
  const settled = findIn(s, k + 2, s.end, words('anymore now')) >= 0 || clauseAt(s, you)?.past === true;
  // "Amazing how quickly you learned the guitar, I'm impressed": wonder at a feat is praise.
  if (!settled || findIn(s, k + 2, s.end, PRAISED) >= 0) return;
  yield { first: s.first, end: s.end };
}

/** The reader's ease, set against the writer's work: "must be nice", "living the dream", "a lie-in". */
const EASE = words('nice lovely wonderful dream restful relaxing lie-in');
const SINCERE = words('hope thank thanks grateful glad happy');

/**
 * "Must be dead nice having a lie-in every Saturday while I'm on the early shift", "nice life you
 * got, dancing while I cover the rent", "eight hours of sleep, how wonderful for you, I was up
 * with your cat": the reader's ease set against the writer's toil. "I hope you have a lovely
 * holiday while I mind the dog" wishes them well, and passes.
 */
export function* easeWhileIToil(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  if (findIn(s, s.first, s.end, words('while wonderful')) < 0) return;
  const toil = findPhrase(s, s.first, s.end, 'while i');
  const wonderful = findPhrase(s, s.first, s.end, 'how wonderful for you');
  const at = toil >= 0 ? toil : wonderful;
  if (at < 0 || findIn(s, s.first, s.end, SINCERE) >= 0) return;
  if (toil >= 0 && findIn(s, s.first, toil, EASE) < 0) return;
  yield { first: s.first, end: s.end };
}

/** Verdicts that close a sentence after a comma: "..., very convenient.", "..., interesting." */
const TAILS = [
  'very convenient',
  'how convenient',
  'convenient',
  'interesting',
  'interesting ah',
  'top effort',
  'some record that',
  'real mature',
  'very mature',
  'classic',
  'typical',
];

/**
 * "Citizenship comes through and suddenly you remember my number, very convenient", "brilliant
 * timing, leaving in the wettest spring in forty years, top effort": a verdict tacked on after a
 * comma to something the reader did. Not after "!" ("you passed, classic you!" is teasing).
 */
export function* verdictTail(context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  const lastToken = s.tokens[s.end - 1];
  if (!lastToken || context.text.charCodeAt(lastToken.end) === EXCLAMATION_MARK || s.question) return;
  if (findIn(s, s.first, s.end, words('you your u ur')) < 0) return;
  for (const tail of TAILS) {
    const n = tail.split(' ').length;
    const at = s.end - n;
    if (at <= s.first + 2 || !readsAt(s, at, tail)) continue;
    if ((s.tokens[at] as Token).gap < GAP.soft) continue;
    yield { first: at, end: s.end };
    return;
  }
}

/** Deeds a rhetorical "who ...?" holds up: "who leaves a note on the fridge after eighteen years?" */
const NOT_A_CHARGE = words('knows cares wants is has needs says gets likes loves fancies remembers');
/** What turns "who does X?" from a question into a charge. */
const CHARGE_MARKS = words('seriously honestly eh after then calls blames same middle whole');

/**
 * "Who leaves a note on the fridge after eighteen years, seriously, who does that?", "who takes
 * the ute and the dog and calls it fair?": a question no one needs answered, whose answer is the
 * reader. "Who takes the kids on Thursday?" asks, and passes.
 */
export function* rhetoricalWho(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  if (!s.question || word(s, s.first) !== 'who' || s.end - s.first < 5) return;
  const verb = word(s, s.first + 1);
  if (NOT_A_CHARGE.has(verb) || !verb.endsWith('s') || pos(s, s.first + 1) !== 'VERB') return;
  const whoDoes = findPhrase(s, s.first + 2, s.end, 'who does that') >= 0;
  if (!whoDoes && findIn(s, s.first + 2, s.end, CHARGE_MARKS) < 0) return;
  yield { first: s.first, end: s.end };
}

/** "Other people", "the rest of us": those who stayed and did the work, set against the reader. */
const THE_REST = ['other people', 'the rest of us', 'some of us', 'others'];
const TOIL = words('stay stayed do did work worked pay paid clean cleaned carry carried keep kept look looked');

/**
 * "It is very good that somebody can go south and write books, while other people stay here and do
 * the work", "lovely for some, while the rest of us pay the bills": the reader's good fortune set
 * against the toil of those left behind.
 */
export function* whileOthersToil(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  const toil = findIn(s, s.first, s.end, words('while'));
  if (toil < 0 || findIn(s, s.first, s.end, SINCERE) >= 0) return;
  for (const rest of THE_REST) {
    const at = findPhrase(s, toil + 1, Math.min(s.end, toil + 3), rest);
    if (at >= 0 && findIn(s, at + rest.split(' ').length, Math.min(s.end, at + 6), TOIL) >= 0) {
      yield { first: s.first, end: s.end };
      return;
    }
  }
}

/** Finding time for one thing and not another: "I note you found time to post but not to answer my messages". */
export function* foundTimeButNot(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  if (findIn(s, s.first, s.end, words('found')) < 0) return;
  const found = findPhrase(s, s.first, s.end, 'found time');
  const at = found >= 0 ? found : findPhrase(s, s.first, s.end, 'found the time');
  if (at < 0 || findIn(s, Math.max(s.first, at - 3), at, words('you ye u')) < 0) return;
  const but = findIn(s, at + 2, s.end, words('but'));
  if (but >= 0 && findIn(s, but + 1, Math.min(s.end, but + 3), words('not never could couldnae cannot')) >= 0)
    yield { first: Math.max(s.first, at - 2), end: s.end };
}
