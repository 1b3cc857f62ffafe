import { complaintAboutReader, harmByReader, treatmentOfWriter } from '../../language/detect/blame';
import { anyOf } from '../../language/detect/combine';
import { phraseRule } from '../../rule';

/** "You overreacted", "you pushed me away": accusations, even half-said ones. */
export const accusation = phraseRule(
  {
    id: 'blame/accusation',
    category: 'blame',
    severity: 'error',
    step: 'by-kind',
    fixable: false,
    description: 'Accusing or blaming the reader.',
    messages: {
      default:
        '"{{phrase}}" points at what they did. Reaching out is not the place to settle who was wrong; it will only reopen the hurt.',
      letter:
        '"{{phrase}}" blames them. A letter to someone still hurt acknowledges the hurt you caused without a "but".',
    },
    examples: {
      flag: [
        'You pushed me away.',
        'You turned everyone against me.',
        'You never once asked how I was.',
        'You always ran from anything hard.',
        'I hope you treat her better than you treated me.',
      ],
      pass: [
        'You never know what the weather will do.',
        'You always make me laugh.',
        'I pushed you away, and I am sorry.',
        'I know you were hurt.',
      ],
    },
  },
  {
    families: ['blame.accusation'],
    find: anyOf(harmByReader, complaintAboutReader, treatmentOfWriter),
    exceptReported: true,
  },
);
