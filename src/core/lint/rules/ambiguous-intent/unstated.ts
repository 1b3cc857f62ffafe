import type { Rule } from '../../rule';
import { openingSpan } from '../whole-piece';

/** A letter or note that never says whether friendship or romance is meant. */
export const unstated: Rule = {
  meta: {
    id: 'ambiguous-intent/unstated',
    category: 'ambiguous-intent',
    severity: 'error',
    step: 5,
    fixable: false,
    description: 'A letter or note that never states its intent.',
    messages: {
      default:
        'This letter never says whether you want friendship or a romance. The guide asks you to make that very ' +
        'clear, for example "I would like us to be friends again."',
      note: 'This note never says what you hope for. Say simply that you would like the friendship back.',
    },
    examples: {
      flag: [{ text: 'Dear Noah,\n\nI am sorry I hurt you. I think of you often.\n\nInes', kind: 'letter' }],
      pass: [
        { text: 'Dear Noah,\n\nI am sorry I hurt you. I would like us to be friends again.\n\nInes', kind: 'letter' },
        { text: 'Hi Noah, hope you are well.', kind: 'card' },
        { text: 'Dear Noah,\n\nI am sorry I hurt you. I am glad we are still friends.\n\nInes', kind: 'letter' },
      ],
    },
  },
  check(context) {
    if (context.signals.verdict !== 'unstated') return;
    if (context.kind !== 'letter' && context.kind !== 'note') return;
    const span = openingSpan(context);
    if (!span) return;
    context.report({
      ...span,
      messageId: context.kind === 'note' ? 'note' : 'default',
      // A note's job is to acknowledge the new relationship; saying the friendship is all you want is
      // a suggestion there, not a fault.
      severity: context.kind === 'note' ? 'info' : 'error',
    });
  },
};
