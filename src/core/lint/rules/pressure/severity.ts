import type { Match } from '../../engine/matcher';
import type { RuleContext } from '../../rule';
import type { Severity, Suggestion } from '../../types';
import { QUESTION_MARK } from '../../engine/chars';
import { APPOINTED } from '../../lexicon/contact';

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

/**
 * "Now you text me every day", "she calls me on Sundays": a contact verb with a subject before it
 * describes what someone does; it asks nothing. (A question, "will you call me?", still asks.)
 */
export function describesTheReader(context: RuleContext, match: Match): boolean {
  const { tokens, text } = context.analysis;
  const before = tokens[match.firstToken - 1];
  if (!before || before.gap > 0) return false;
  // "I'm writing to say something", "if you choose to answer": an infinitive, not a command
  // (but "I need you to answer", "u need to text me back" ask).
  if (before.word === 'to') {
    for (let k = match.firstToken - 2; k >= 0 && k >= match.firstToken - 4; k--)
      if (tokens[k]?.word === 'you')
        return (
          tokens[k + 1]?.word === 'choose' ||
          tokens[k + 1]?.word === 'decide' ||
          tokens[k + 1]?.word === 'want' ||
          tokens[k + 1]?.word === 'wish'
        );
    return true;
  }
  if (!STATEMENT_SUBJECTS.has(before.word)) return false;
  const sentence = context.analysis.sentenceOf(match);
  return text.charCodeAt(sentence.end - 1) !== QUESTION_MARK;
}
