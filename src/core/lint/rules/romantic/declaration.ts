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
        { text: "I won't pretend I've stopped loving you.", kind: 'note' },
        { text: 'Happy birthday. Forever yours, and I mean it.', kind: 'card' },
        { text: "I know you're with Sara now, but you'll always be mine.", kind: 'note' },
        { text: 'I still feel the same about you.', kind: 'card' },
        {
          text: 'I want us to be friends again. But I cannot lie, my heart still beats for you.',
          kind: 'letter',
          intent: 'friendship',
        },
        { text: 'Truly, you are the one I should never have let go of.', kind: 'card' },
        { text: "Happy birthday, you'll always be the one that got away.", kind: 'card' },
        { text: 'tbh my heart only beats for u still', kind: 'card' },
        { text: "I'm glad for you and Ana. But you are still the girl I never got over.", kind: 'note' },
        { text: 'Merry Christmas. I know now I should never have let you go.', kind: 'card' },
      ],
      pass: [
        { text: 'I loved the photos.', kind: 'card' },
        { text: 'I still love you.', kind: 'letter', intent: 'romantic' },
        { text: 'I love your new haircut.', kind: 'card' },
        { text: 'I can hear the love you feel for him, and it makes me glad.', kind: 'note' },
        { text: 'I love you, but as a good friend, and I would like that back.', kind: 'letter', intent: 'friendship' },
        { text: 'I do love you like a sister, nothing more.', kind: 'card' },
        { text: 'I feel the same way about the move: it was the right call.', kind: 'card' },
        { text: 'My heart goes out to you and your family.', kind: 'card' },
        { text: 'My heart aches for you at this sad time.', kind: 'card' },
        { text: "I should never have let you go home alone that night, I'm sorry.", kind: 'card' },
        { text: 'The one that got away was a huge trout, ha, ask your dad.', kind: 'card' },
        { text: 'You are the one who got the whole team to the final.', kind: 'card' },
        { text: 'You were the one who kept us all laughing that summer.', kind: 'card' },
      ],
    },
  },
  { families: ['romantic.declaration'], applies: inFriendshipPiece },
);
