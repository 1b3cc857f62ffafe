import { phraseRule } from '../../rule';
import { inFriendshipPiece } from './applies';

/** Physical closeness and romantic memories ("waking up next to you", "I miss us"). */
export const intimacy = phraseRule(
  {
    id: 'romantic/intimacy',
    category: 'romantic',
    severity: 'error',
    step: 'by-kind',
    fixable: false,
    description: 'Intimate memories and longing in a friendship piece.',
    messages: {
      default: '"{{phrase}}" brings back the romance. In a piece meant as friendship it reads as wanting more than friendship.',
    },
  },
  { families: ['romantic.intimacy'], applies: inFriendshipPiece },
);
