import { phraseRule } from '../../rule';
import { inFriendshipPiece } from './applies';

/** "I still love you", "you look gorgeous" in a friendship piece. */
export const declaration = phraseRule(
  {
    id: 'romantic/declaration',
    category: 'romantic',
    severity: 'error',
    step: 'by-kind',
    fixable: false,
    description: 'Declarations of love or attraction in a friendship piece.',
    messages: {
      default: '"{{phrase}}" is a romantic declaration, but this piece is about friendship. Keep it warm without it.',
      card: '"{{phrase}}" is romantic. A friendship card should not be romantic: keep it friendly and light.',
    },
    examples: {
      flag: [
        { text: 'I still love you.', kind: 'card' },
        { text: 'ily', intent: 'friendship' },
        { text: "I'm still in love with you.", kind: 'letter', intent: 'friendship' },
      ],
      pass: [
        { text: 'I loved the photos.', kind: 'card' },
        { text: 'I still love you.', kind: 'letter', intent: 'romantic' },
        { text: 'I love your new haircut.', kind: 'card' },
      ],
    },
  },
  { families: ['romantic.declaration'], applies: inFriendshipPiece },
);
