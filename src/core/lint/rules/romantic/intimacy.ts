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
      default:
        '"{{phrase}}" brings back the romance. In a piece meant as friendship it reads as wanting more than ' +
        'friendship.',
    },
    examples: {
      flag: [
        { text: 'I still think about waking up next to you.', kind: 'card' },
        { text: 'I miss us.', kind: 'card' },
        { text: "I can't stop thinking about you.", kind: 'note' },
        { text: 'I still get butterflies when I hear your voice.', kind: 'note' },
        { text: 'My heart still skips when your name comes up.', kind: 'card' },
      ],
      pass: [
        { text: 'Thinking of you and wishing you a good autumn.', kind: 'card' },
        { text: 'I passed my driving test! The examiner said the same thing you did the first time.', kind: 'card' },
        { text: 'I think about us all the time.', kind: 'letter', intent: 'romantic' },
        { text: "Let's get a coffee this week, just the two of us, to clear the air.", kind: 'note' },
        { text: 'My English is not so good but I want you can read it easy.', kind: 'letter', intent: 'friendship' },
      ],
    },
  },
  { families: ['romantic.intimacy'], applies: inFriendshipPiece },
);
