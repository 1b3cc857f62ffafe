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
      default: '"{{phrase}}" points at what they did. Reaching out is not the place to settle who was wrong; it will only reopen the hurt.',
      letter: '"{{phrase}}" blames them. A letter to someone still hurt acknowledges the hurt you caused without a "but".',
    },
  },
  { families: ['blame.accusation'] },
);
