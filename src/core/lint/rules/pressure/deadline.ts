import { anyOf } from '../../language/detect/combine';
import { orElse } from '../../language/detect/pushes';
import { conditionWithConsequence } from '../../language/detect/pressure';
import type { Match } from '../../engine/matcher';
import { clauseAt } from '../../language/query';
import { DETECTED, phraseRule, type RuleContext } from '../../rule';
import { silenceReleased } from './severity';
import { words } from '../../lexicon/words';

/** Deadlines and ultimatums: "reply by Friday", "this is your last chance". */
export const deadline = phraseRule(
  {
    id: 'pressure/deadline',
    category: 'pressure',
    severity: 'error',
    step: 'by-kind',
    fixable: true,
    description: 'Deadlines, ultimatums and demands for an answer.',
    messages: {
      default:
        '"{{phrase}}" sets a condition or a clock. Reaching out kindly means they can take all the time they ' +
        'need, or never answer.',
    },
    examples: {
      flag: [
        'Reply by Friday.',
        'This is your last chance.',
        "If you don't answer by tonight, I'm done.",
        'I need an answer.',
        'You owe me one proper conversation at least, after everything.',
        'Three letters and not a word back. The least you could do is pick up a pen.',
        'I need to know by the end of June.',
      ],
      pass: [
        'I write by the light of a headlamp most nights.',
        'He could name every bird by its call before I had even spotted it.',
        'I argued with your brother at the table until you had to ask me to leave.',
        'The show closes by Friday, so catch it if you can.',
        "If you don't write back, I'll take that as your answer and respect it.",
      ],
    },
  },
  {
    families: ['pressure.deadline'],
    find: anyOf(conditionWithConsequence, orElse),
    span: 'sentence',
    // "I said that's the job, take it or leave it": the writer owning what they once said.
    exceptReported: true,
    severity: (context, match) =>
      silenceReleased(context, match) || (match.family !== DETECTED && someoneElsesClock(context, match))
        ? null
        : 'error',
    suggest: () => [{ label: 'Remove this sentence', replacement: '' }],
  },
);

/**
 * "I write by the headlamp", "he knew every bird by its call before I could find it", "I must decide
 * before I write": what someone else does by a time, not a clock set for the reader.
 */
function someoneElsesClock(context: RuleContext, match: Match): boolean {
  const k = match.firstToken;
  const clause = clauseAt(context.analysis.language.at(k), k);
  if (clause && clause.verb === k && clause.subject !== null && clause.subject !== 'you') return true;
  return THEIRS.has(context.analysis.tokens[k - 1]?.word ?? '');
}
const THEIRS = words('its his her their');
