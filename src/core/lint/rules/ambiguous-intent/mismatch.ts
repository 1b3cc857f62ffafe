import type { Rule } from '../../rule';
import { quote } from '../../rule';

/** Declared romantic, but the words only ever speak of friendship (and so the reader will hear friendship). */
export const mismatch: Rule = {
  meta: {
    id: 'ambiguous-intent/mismatch',
    category: 'ambiguous-intent',
    severity: 'warning',
    step: 5,
    fixable: false,
    description: 'The words say friendship though romance was chosen.',
    messages: {
      default:
        'You chose a romantic letter, but "{{phrase}}" is all it says about what you want. If you hope for ' +
        'more than friendship, say so clearly.',
    },
    examples: {
      flag: [
        {
          text: 'Dear Noah,\n\nI am sorry. I would like us to be friends again.\n\nInes',
          kind: 'letter',
          intent: 'romantic',
        },
      ],
      pass: [
        {
          text: 'Dear Noah,\n\nI am sorry. I would like to get back together.\n\nInes',
          kind: 'letter',
          intent: 'romantic',
        },
      ],
    },
  },
  check(context) {
    if (context.declared !== 'romantic' || context.signals.verdict !== 'friendship') return;
    if (context.kind !== 'letter' && context.kind !== 'message') return;
    const f = context.signals.friendship[0];
    if (!f) return;
    context.report({ start: f.start, end: f.end, data: { phrase: quote(context.text, f.start, f.end) } });
  },
};
