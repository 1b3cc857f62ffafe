import { phraseRule } from '../../rule';
import { inFriendshipPiece } from './applies';

/** "Babe", "my love", "hey gorgeous": pet names from the relationship. */
export const petName = phraseRule(
  {
    id: 'romantic/pet-name',
    category: 'romantic',
    severity: 'error',
    step: 'by-kind',
    fixable: false,
    description: 'Pet names in a friendship piece.',
    messages: {
      default: '"{{phrase}}" is a pet name from the relationship. In a friendship piece, use their name.',
    },
    examples: {
      flag: [
        { text: 'Hey babe, hope you are well.', kind: 'card' },
        { text: 'My darling Noah,', kind: 'card' },
        { text: 'Morning gorgeous.', kind: 'card' },
      ],
      pass: [
        { text: 'Hi Noah,', kind: 'card' },
        { text: 'Your sister had a baby!', kind: 'card' },
        { text: 'Hey babe', kind: 'letter', intent: 'romantic' },
      ],
    },
  },
  { families: ['romantic.pet-name'], applies: inFriendshipPiece },
);
