import { anyOf } from '../../language/detect/combine';
import { complimentOnLooks, irreplaceable } from '../../language/detect/romantic';
import { phraseRule } from '../../rule';
import { inFriendshipPiece } from './applies';

/** "Still as handsome as ever", "no one compares to you": admiration that reads as courtship. */
export const compliment = phraseRule(
  {
    id: 'romantic/compliment',
    category: 'romantic',
    severity: 'error',
    step: 'by-kind',
    fixable: true,
    description: 'Compliments on their looks, or saying no one compares to them, in a friendship piece.',
    messages: {
      default:
        '"{{phrase}}" admires them the way a partner would. In a piece about friendship it says more than you mean.',
      card: '"{{phrase}}" is a compliment a partner would give. A friendship card stays friendly: praise what they did, not how they look.',
    },
    examples: {
      kind: 'card',
      flag: [
        "You're still as gorgeous as the day we met.",
        'Still as handsome as ever.',
        'No one will ever compare to you.',
        'There will never be another man like you.',
        "Word is you haven't lost your looks one bit!",
      ],
      pass: [
        'You were brilliant in the final.',
        'You looked so happy in the wedding photos.',
        'Your garden looks beautiful this year.',
        'Nobody makes a lasagne like you.',
      ],
    },
  },
  {
    families: [],
    find: anyOf(complimentOnLooks, irreplaceable),
    applies: inFriendshipPiece,
    span: 'sentence',
    suggest: () => [{ label: 'Remove this sentence', replacement: '' }],
  },
);
