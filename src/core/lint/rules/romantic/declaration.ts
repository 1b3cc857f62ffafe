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
  },
  { families: ['romantic.declaration'], applies: inFriendshipPiece },
);
