import type { Match } from '../../engine/matcher';
import type { RuleContext } from '../../rule';
import type { Severity, Suggestion } from '../../types';
import { QUESTION_MARK } from '../../engine/chars';

/**
 * An ask softened into an offer ("call me if you ever want to") is advice only, except in a
 * letter: after the letter the guide says to wait, so even a soft ask is worth a warning.
 */
export function askSeverity(context: RuleContext, match: Match, hard: Severity): Severity {
  if (context.analysis.isSoftened(match)) return context.kind === 'letter' ? 'warning' : 'info';
  return hard;
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
