import type { Rule } from '../../rule';
import { quote } from '../../rule';

/** A letter or note that asks for friendship and romance at once. */
export const mixed: Rule = {
  meta: {
    id: 'ambiguous-intent/mixed',
    category: 'ambiguous-intent',
    severity: 'error',
    step: 5,
    fixable: false,
    description: 'Friendship and romance both stated.',
    messages: {
      default:
        'This says both "{{friendship}}" and "{{phrase}}". The guide asks for one clear intent: friendship or ' +
        'romance, not both.',
    },
    examples: {
      flag: [
        {
          text: 'Dear Noah,\n\nI am sorry. I would like us to be friends again. I still love you.\n\nInes',
          kind: 'letter',
          intent: 'romantic',
        },
      ],
      pass: [
        {
          text: 'Dear Noah,\n\nI am sorry. I would like us to be friends, not to get back together.\n\nInes',
          kind: 'letter',
        },
      ],
    },
  },
  check(context) {
    if (context.signals.verdict !== 'mixed') return;
    if (context.kind !== 'letter' && context.kind !== 'note') return;
    const { signals } = context;
    const f = signals.friendship[0];
    const r = signals.romantic[0];
    if (!f || !r) return;
    const later = f.start > r.start ? f : r;
    context.report({
      start: later.start,
      end: later.end,
      data: { friendship: quote(context.text, f.start, f.end), phrase: quote(context.text, r.start, r.end) },
    });
  },
};
