import type { Match } from '../../engine/matcher';
import type { RuleContext } from '../../rule';
import type { Severity, Suggestion } from '../../types';
import { QUESTION_MARK } from '../../engine/chars';
import { APPOINTED } from '../../lexicon/contact';
import { words } from '../../lexicon/words';
import { clauseAt } from '../../language/query';
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
  const own = sentence.clauses.find((c) => match.firstToken >= c.first && match.firstToken < c.last);
  if (own && !own.conditional && own.subject === 'you') return 'warning';
  // A day and a place are a meeting set, not a door left open: "I'll be at the Fox on Friday if you fancy joining".
  for (let k = sentence.first; k < sentence.last; k++)
    if (APPOINTED.has(sentence.tokens[k]?.word ?? '')) return 'warning';
  return 'info';
}

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
  if (question) return false;
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
