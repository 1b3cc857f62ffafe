import { phraseRule } from '../../rule';

/** "After everything I did for you", "you never cared": guilt as a lever. */
export const guiltTrip = phraseRule(
  {
    id: 'blame/guilt-trip',
    category: 'blame',
    severity: 'error',
    step: 'by-kind',
    fixable: false,
    description: 'Guilt-tripping.',
    messages: {
      default:
        '"{{phrase}}" makes them feel guilty. Guilt may get a reply, but not a friendship; speak for yourself and leave the scorekeeping out.',
      letter:
        '"{{phrase}}" makes them feel guilty. The letter is where you own the hurt you caused; guilt aimed at them undoes that.',
    },
    examples: {
      flag: [
        'After everything I did for you, this is how you treat me.',
        'The least you could do is answer.',
        'You never cared.',
      ],
      pass: ['After everything we went through together, I still wish you well.'],
    },
  },
  { families: ['blame.guilt-trip'], exceptReported: true },
);
