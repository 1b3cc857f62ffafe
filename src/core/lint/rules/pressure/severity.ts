import type { Match } from '../../engine/matcher';
import type { RuleContext } from '../../rule';
import type { Severity, Suggestion } from '../../types';
import { QUESTION_MARK } from '../../engine/chars';
import { APPOINTED } from '../../lexicon/contact';
import { words } from '../../lexicon/words';
import { clauseAt, findIn, findPhrase } from '../../language/query';
import { GAP, type Token } from '../../engine/tokenize';

/**
 * An ask softened into an offer ("call me if you ever want to") is advice only. In a letter the
 * guide says to wait afterwards, so a softened order ("if you ever want to talk, ring me", "you can
 * call me") or a set meeting is still worth a warning; an offer that asks nothing of them ("if you'd
 * ever like to talk, I'd be glad") is the open door the letter may leave, and stays advice.
 */
export function askSeverity(context: RuleContext, match: Match, hard: Severity): Severity {
  if (!context.analysis.isSoftened(match)) return hard;
  if (context.kind !== 'letter') return 'info';
  const sentence = context.analysis.language.at(match.firstToken);
  // An order, or the reader told what they may do ("you can call me"), outside the condition itself.
  if (sentence.clauses.some((c) => !c.conditional && c.imperative)) return 'warning';
  const at = sentence.clauses.findIndex((c) => match.firstToken >= c.first && match.firstToken < c.end);
  const own = sentence.clauses[at];
  // "If one day | you want to have a coffee": an "if" cut off before its verb still holds the clause after it.
  const opened = sentence.clauses[at - 1];
  const held = opened !== undefined && opened.conditional && opened.verb < 0 && opened.end === own?.first;
  if (own && !own.conditional && !held && own.subject === 'you') return 'warning';
  // A day and a place are a meeting set, not a door left open: "I'll be at the Fox on Friday if you fancy joining"
  // (but "some Saturday", "any evening" sets nothing).
  for (let k = sentence.first; k < sentence.end; k++)
    if (APPOINTED.has(sentence.tokens[k]?.word ?? '') && !UNSET.has(sentence.tokens[k - 1]?.word ?? ''))
      return 'warning';
  return 'info';
}

const UNSET = words('some any one a whichever');

export const OPEN_DOOR = "If you ever feel like talking, I'd be glad.";

export function removeOrOpenDoor(context: RuleContext): Suggestion[] {
  const fixes: Suggestion[] = [{ label: 'Remove this sentence', replacement: '' }];
  if (context.kind !== 'letter') fixes.push({ label: 'Leave the door open instead', replacement: `${OPEN_DOOR} ` });
  return fixes;
}

const STATEMENT_SUBJECTS: ReadonlySet<string> = new Set(['you', 'he', 'she', 'they', 'we', 'i', 'who']);

/** Verbs that ask for contact when they stand where a command starts: "call me", "write back", "say something". */
const CONTACT_LEADS = words(
  'call ring phone text message msg email dm facetime inbox snap whatsapp write reply respond ' +
    'answer say send talk tell pick',
);
/** What may stand between a command's start and its verb: "so please just call me", "but at least answer". */
const LEAD_INS = words(
  'please pls plz just so then now and but or ok okay anyway oh also kindly simply never at least ' +
    'yeah yes well look listen seriously honestly',
);
/** "You should call me", "you must answer", "you better text me": the reader told to. */
const TOLD = words('should must better gotta');
const OFFERED = words('will can could shall');

/**
 * "Now you text me every day", "she calls me on Sundays", "most of my patients call me 'hen'", "the
 * way you'd text me pictures", "the nerve to come up and say anything", "a fair answer": a contact
 * verb with something other than a command's start before it describes what someone does; it asks
 * nothing. (A question, "will you call me?", still asks; so do "you should call me" and "Noah,
 * answer ur phone".)
 */
export function describesTheReader(context: RuleContext, match: Match): boolean {
  const { tokens, text } = context.analysis;
  const sentence = context.analysis.sentenceOf(match);
  const question = text.charCodeAt(sentence.end - 1) === QUESTION_MARK;
  // "If you reply, I will be glad": the reader's answer as the condition, not asked for.
  const inClause = clauseAt(context.analysis.language.at(match.firstToken), match.firstToken);
  if (inClause?.conditional && inClause.subject === 'you' && inClause.verb === match.firstToken) return true;
  const lead = CONTACT_LEADS.has(tokens[match.firstToken]?.word ?? '');
  // Phrases that do not start with a contact verb ("need to hear your voice") are read by the word right before.
  let k = match.firstToken - 1;
  if (lead)
    while (
      k >= sentence.firstToken &&
      (tokens[k + 1] as Token).gap < GAP.line &&
      LEAD_INS.has((tokens[k] as Token).word)
    )
      k--;
  const before = tokens[k];
  if (!before || k < sentence.firstToken || (tokens[k + 1] as Token).gap >= GAP.line) return false;
  if (!lead && before.gap > 0) return false;
  // "I'm writing to say something", "if you choose to answer": an infinitive, not a command
  // (but "I need you to answer", "u need to text me back" ask).
  if (before.word === 'to') {
    for (let j = k - 1; j >= sentence.firstToken && j >= k - 3; j--)
      if (tokens[j]?.word === 'you')
        return (
          tokens[j + 1]?.word === 'choose' ||
          tokens[j + 1]?.word === 'decide' ||
          tokens[j + 1]?.word === 'want' ||
          tokens[j + 1]?.word === 'wish'
        );
    return true;
  }
  // "Why would I say something like that?": the writer asks about their own words.
  if (question) return lead && before.word === 'i';
  if (!lead) return STATEMENT_SUBJECTS.has(before.word);
  if (TOLD.has(before.word) || (before.word === 'not' && tokens[k - 1]?.word === 'why')) return false;
  // "I hope you'll write back", "you can call me" (but "the way you'd text me" looks back).
  if (OFFERED.has(before.word) && tokens[k - 1]?.word === 'you') return false;
  // A reply as a noun is asked for ("you owe me at least a reply") unless it is only described ("that's a
  // fair answer").
  const noun = tokens[match.firstToken]?.word;
  if ((noun === 'reply' || noun === 'answer') && !inClause?.copula) return false;
  // A name or a greeting before the command: "Noah answer ur phone", "Hi Noah, please call".
  if ((k === sentence.firstToken || before.gap >= GAP.line) && !STATEMENT_SUBJECTS.has(before.word)) return false;
  return true;
}

/** What a practical ask is about: "about the school fees", "about his asthma medicine", "regarding the forms". */
// Not "your": "tell me about your new job" asks for their news, which is an ask for contact.
const TOPIC_DETERMINERS = words('the his her their our a an those these that my');
/** Topics that are the relationship, not a practical matter: "about us", "about what happened", "about it". */
const PERSONAL_TOPICS = words(`
  us me it this things everything what feelings relationship future past night break breakup split way last way
  you we where why how whether
`);
/** Errands of a handover: "when to collect your books", "which day suits to take Zosia". */
const ERRANDS = words('collect fetch return pick drop take bring grab plan arrange sort swap');
const WHICH = words('which when where what');

/**
 * A practical ask between people who still share children, papers or a house: "call me when you
 * can about the school fees", "give me a ring about Khoa's dentist", "let me know when to collect
 * your books", "tell me which day suits to take Zosia". It asks for an arrangement, not for the
 * reader's attention, so it is not pressure.
 */
export function practicalAsk(context: RuleContext, match: Match): boolean {
  const { tokens } = context.analysis;
  // The stretch the match is in (a run-on sentence is read 120 words at a time), so a long chat log
  // costs linear time, not a scan of the whole sentence for every ask in it.
  const stretch = context.analysis.language.at(match.firstToken);
  // "Answer my texts about the kids or I'm going to my solicitor", "we must meet to talk, tell me which day",
  // "let me know what you think by the weekend": a threat, a talk or a verdict asked for is not an errand.
  let suits = false;
  let instead = false;
  let appointed = false;
  for (let k = stretch.first; k < stretch.end; k++) {
    const w = tokens[k]?.word ?? '';
    if (TALKING.has(w) || (w === 'or' && tokens[k + 1]?.word === 'i') || (w === 'by' && tokens[k + 1]?.word === 'the'))
      return false;
    // "If another date suits your shifts better, tell me": the arrangement is the condition.
    if (APPOINTED_DAYS.has(w) && SUITS.has(tokens[k + 1]?.word ?? '')) suits = true;
    instead ||= w === 'instead';
    appointed ||= APPOINTED.has(w);
  }
  // "Could we do Sunday the 14th at your mum's instead?": a handover moved.
  if (suits || (instead && appointed)) return true;
  // "If something breaks in your flat, you can call me": help offered for a thing gone wrong.
  const ifAt = findIn(stretch, stretch.first, match.firstToken, words('if'));
  if (ifAt >= 0 && THINGS.has(tokens[ifAt + 1]?.word ?? '') && BROKEN.has(tokens[ifAt + 2]?.word ?? '')) return true;
  // "Tell me only if something is missing", "let me know if anything changes": news of a thing, asked for
  // only if there is any.
  // ("Tell me tonight if there's any chance" asks for an answer about the two of them, by a time.)
  for (let k = match.firstToken + 1; k < Math.min(stretch.end - 1, match.firstToken + 6); k++) {
    const w = tokens[k]?.word ?? '';
    if (APPOINTED.has(w)) break;
    if (w !== 'if' || !THINGS.has(tokens[k + 1]?.word ?? '')) continue;
    let chance = false;
    for (let j = k + 2; j < Math.min(stretch.end, k + 6); j++) if (HOPES.has(tokens[j]?.word ?? '')) chance = true;
    if (!chance) return true;
    break;
  }
  for (let k = match.firstToken; k < stretch.end - 1; k++) {
    const w = tokens[k]?.word ?? '';
    if ((w === 'about' || w === 'regarding') && tokens[k - 2]?.word !== 'tell') {
      const next = tokens[k + 1]?.word ?? '';
      const after = tokens[k + 2]?.word ?? '';
      // "about the school form", "about Tobi's forms" (a name and its 's read as two tokens or one).
      // The "'s" of a name does not reach the tokens ("about Khoa's dentist" reads "about khoa dentist"):
      // a capitalised name with a thing after it is an owner.
      const name =
        tokens[k + 1]?.capitals === 'initial' && after !== '' && after !== 'and' && !PERSONAL_TOPICS.has(after);
      const owned = /'s$/.test(next) || after === "'s" || name;
      if ((TOPIC_DETERMINERS.has(next) || owned) && !PERSONAL_TOPICS.has(owned ? 'x' : after)) return true;
    }
    if (WHICH.has(w)) {
      for (let j = k + 1; j < Math.min(stretch.end, k + 7); j++)
        if (ERRANDS.has(tokens[j]?.word ?? '') || APPOINTED_DAYS.has(tokens[j]?.word ?? '')) return true;
    }
  }
  return false;
}
const SUITS = words('suits suit works work');
const THINGS = words('something anything there any');
const BROKEN = words('breaks broke goes happens comes needs is leaks');
const HOPES = words('chance hope way us real true meant mean feel felt love miss');
const TALKING = words('talk talking chat meet meeting see seeing think feel decide decision discuss us must');
const APPOINTED_DAYS = words('day days week weekend saturday sunday holidays dates date address time');

/**
 * The reader's silence let go in the same sentence: "I'll not bother you again", "that's okay",
 * "you owe me nothing".
 */
const RELEASES = [
  // "If you don't answer, I will understand", "if I never hear from you, I'll be okay".
  'i will understand',
  'i would understand',
  'i will be okay',
  'i will be ok',
  'i will be fine',
  'i will respect that',
  'not bother you',
  'leave you in peace',
  'leave you be',
  'leave you alone',
  'that is okay',
  'that is ok',
  'that is fine',
  'that is alright',
  'owe me nothing',
  'no need to reply',
  'no need to answer',
  'no need to write',
  'nae need tae reply',
  'not mither you',
];

/**
 * "If I don't hear, I'll know, and I'll not bother you again", "if I don't hear back that's okay",
 * "you owe me nothing, least of all a reply": the silence allowed, which asks nothing.
 */
export function silenceReleased(context: RuleContext, match: Match): boolean {
  const sentence = context.analysis.language.at(match.firstToken);
  return RELEASES.some((phrase) => {
    const at = findPhrase(sentence, sentence.first, sentence.end, phrase);
    // "I'll understand that as your answer" reads the silence as a verdict; it releases nothing.
    return at >= 0 && sentence.tokens[at + phrase.split(' ').length]?.word !== 'that';
  });
}
