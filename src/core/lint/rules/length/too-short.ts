import type { Rule } from '../../rule';
import type { Token } from '../../engine/tokenize';

const LETTER_MINIMUM = 60;

/** A heartfelt letter needs room for the hurt, the wish and the intent. */
export const tooShort: Rule = {
  meta: {
    id: 'length/too-short',
    category: 'length',
    severity: 'info',
    step: 5,
    fixable: false,
    description: 'A letter too short to carry what it must.',
    messages: {
      default:
        'This letter is very short. It has three things to say: that you know you hurt them, that you want ' +
        'them back in your life, and whether as a friend or a partner.',
    },
    examples: {
      flag: [{ text: 'Dear Noah, I am sorry. Ines', kind: 'letter' }],
      pass: ['Hi Noah, congratulations.'],
    },
  },
  check(context) {
    if (context.kind !== 'letter') return;
    const { tokens } = context.analysis;
    let words = 0;
    for (let k = 0; k < tokens.length && words < LETTER_MINIMUM; k++)
      if ((tokens[k] as Token).head && !(tokens[k] as Token).emoji) words++;
    if (words === 0 || words >= LETTER_MINIMUM) return;
    context.report({ start: (tokens[0] as Token).start, end: (tokens[tokens.length - 1] as Token).end });
  },
};
