import { waitingByThePhone } from '../../language/detect/needy';
import { phraseRule } from '../../rule';

/** "I'll wait forever" promises a vigil the reader never asked for. */
export const waiting = phraseRule(
  {
    id: 'needy/waiting',
    category: 'needy',
    severity: 'error',
    step: 'by-kind',
    fixable: false,
    description: 'Promising to wait for the reader.',
    messages: {
      default:
        '"{{phrase}}" tells them you are putting your life on hold for them, which is a weight to carry. Leave them free.',
    },
    examples: {
      flag: ["I'll wait for you forever.", "I'll always be waiting for you."],
      pass: ['I was waiting for the bus when I saw the poster.'],
    },
  },
  { families: ['needy.waiting'], find: waitingByThePhone },
);
