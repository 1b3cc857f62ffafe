import type { Kind } from '../../../types';
import type { Rule } from '../../rule';
import type { Token } from '../../engine/tokenize';

/** Soft word limits per kind: a card's inside, a quick message, a short note, a letter that stays readable. */
export const WORD_LIMITS: Readonly<Record<Kind, number>> = { message: 80, card: 120, note: 150, letter: 700 };

export const tooLong: Rule = {
  meta: {
    id: 'length/too-long',
    category: 'length',
    severity: 'info',
    step: 'by-kind',
    fixable: false,
    description: 'Longer than the piece usually needs.',
    messages: {
      default:
        'This runs past about {{limit}} words. Shorter is kinder here: a few warm sentences ask less of the reader.',
      letter:
        'This letter runs past about {{limit}} words. Heartfelt does not need long; a letter they can read in ' +
        'one sitting is easier to receive.',
    },
    examples: {
      flag: [
        'Hi Noah, the show was lovely and the show was lovely and the show was lovely and the show was lovely ' +
          'and the show was lovely and the show was lovely and the show was lovely and the show was lovely and ' +
          'the show was lovely and the show was lovely and the show was lovely and the show was lovely and the ' +
          'show was lovely and the show was lovely and the show was lovely and the show was lovely and the show ' +
          'was lovely and the show was lovely and the show was lovely and the show was lovely and done.',
      ],
      pass: ['Hi Noah, congratulations on the play.'],
    },
  },
  check(context) {
    const limit = WORD_LIMITS[context.kind];
    let words = 0;
    const { tokens } = context.analysis;
    for (const t of tokens as Token[]) {
      if (!t.head || t.emoji) continue;
      words++;
      if (words === limit + 1) {
        context.report({
          start: t.start,
          end: (tokens[tokens.length - 1] as Token).end,
          messageId: context.kind === 'letter' ? 'letter' : 'default',
          data: { limit: String(limit) },
        });
        return;
      }
    }
  },
};
