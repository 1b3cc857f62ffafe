import { doorHeldOpen } from '../../language/detect/romantic';
import { phraseRule } from '../../rule';
import { inFriendshipPiece } from './applies';

/** "Get back together", "another chance for us" in a piece meant as friendship. */
export const reunion = phraseRule(
  {
    id: 'romantic/reunion',
    category: 'romantic',
    severity: 'error',
    step: 'by-kind',
    fixable: false,
    description: 'Talk of getting back together in a friendship piece.',
    messages: {
      default:
        '"{{phrase}}" speaks of getting back together, but this piece offers friendship. Mixed signals make it hard to trust either.',
      note: '"{{phrase}}" hopes for a romance while they are in a new relationship. The note should say you want only the friendship back.',
    },
    examples: {
      flag: [
        { text: "Maybe we'll get back together one day.", kind: 'card' },
        { text: 'Can we give us another chance?', kind: 'letter', intent: 'friendship' },
        { text: 'I want you back.', kind: 'note' },
      ],
      pass: [
        { text: "I'm not hoping to get back together.", kind: 'card' },
        { text: 'You and Lena are together now.', kind: 'note' },
        { text: 'I would like to get back together.', kind: 'letter', intent: 'romantic' },
        { text: 'I want you back in my life as a friend.', kind: 'card' },
      ],
    },
  },
  {
    families: ['romantic.reunion'],
    negatedFamilies: ['intent.only-friends'],
    find: doorHeldOpen,
    applies: inFriendshipPiece,
  },
);
