import { phraseRule } from '../../rule';
import { inFriendlyPiece } from './applies';
import { coinedPetName } from './looks';

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
        { text: 'My little sparrow,\nHappy birthday.', kind: 'card' },
        { text: 'I hope you are well, my little lotus, and that work is kind.', kind: 'letter', intent: 'friendship' },
        { text: 'Call me when you get this, beautiful.', kind: 'message' },
        { text: 'Hi sweetheart, well done on the exam.', kind: 'message' },
        { text: 'Happy birthday to my favourite girl.', kind: 'card' },
        { text: 'Hope the new job is great, sweet cheeks.', kind: 'card' },
        { text: "Hey babe,\n\nI'd like us to be friends again, just friends.\n\nMo", kind: 'letter' },
        { text: 'I want us to be friends again, only friends, sweetheart.', kind: 'letter' },
      ],
      pass: [
        { text: 'Hi Noah,', kind: 'card' },
        { text: 'Your sister had a baby!', kind: 'card' },
        { text: 'Hey babe', kind: 'letter', intent: 'romantic' },
        { text: 'My little brother says hi.', kind: 'card' },
        { text: 'The lilies you planted came up again. They are beautiful.', kind: 'message' },
        { text: 'Hi sweetheart, I miss you and want you back.', kind: 'message', intent: 'romantic' },
        { text: 'Hey babe, I want you back.', kind: 'letter' },
        {
          text:
            'Dear Ana,\n\n' +
            "I'd like us to be friends again, only friends. I hope your dad is better; give him my love.",
          kind: 'letter',
        },
        { text: 'hey, congrats on u and jay!! hes honestly such a sweetheart, happy for u both', kind: 'message' },
        { text: 'Send your mum my love, and good luck with the move.', kind: 'card' },
      ],
    },
  },
  { families: ['romantic.pet-name'], find: coinedPetName, applies: inFriendlyPiece },
);
