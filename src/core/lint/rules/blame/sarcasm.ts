import { snideAside } from '../../language/detect/snide';
import { phraseRule } from '../../rule';

/** "Hope you're proud of yourself", "not that you'd remember", "typical": spite in a light disguise. */
export const sarcasm = phraseRule(
  {
    id: 'blame/sarcasm',
    category: 'blame',
    severity: 'error',
    step: 'by-kind',
    fixable: true,
    description: 'Sarcasm, spite and snide asides.',
    messages: {
      default: '"{{phrase}}" is a dig. Sarcasm reads as anger, and it is the line they will remember; take it out.',
      card: '"{{phrase}}" is a dig, and a card is read more than once. Keep only the warm part.',
    },
    examples: {
      flag: [
        "Hope you're proud of yourself.",
        'Not that you ever once remembered mine, but happy birthday.',
        'Good luck finding anyone who will put up with you.',
        "You'll never find anyone like me.",
        'Typical.',
        "I'll be spending Christmas alone, thanks to you.",
      ],
      pass: [
        'Thanks to you, I finally finished the course.',
        "I'm so proud of you.",
        "I hope you're happy in the new flat.",
        'Good luck with the exams!',
      ],
    },
  },
  {
    families: ['blame.sarcasm'],
    find: snideAside,
    span: 'sentence',
    suggest: () => [{ label: 'Remove this sentence', replacement: '' }],
    exceptReported: true,
  },
);
