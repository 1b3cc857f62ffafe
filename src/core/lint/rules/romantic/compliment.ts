import { anyOf } from '../../language/detect/combine';
import { complimentOnLooks, irreplaceable } from '../../language/detect/romantic';
import { phraseRule } from '../../rule';
import { inFriendlyPiece } from './applies';
import { featureAdmired } from './looks';

/** "Still as handsome as ever", "no one compares to you": admiration that reads as courtship. */
export const compliment = phraseRule(
  {
    id: 'romantic/compliment',
    category: 'romantic',
    severity: 'error',
    step: 'by-kind',
    fixable: true,
    description: 'Compliments on their looks, or saying no one compares to them, in a friendship piece.',
    messages: {
      default:
        '"{{phrase}}" admires them the way a partner would. In a piece about friendship it says more than you mean.',
      card:
        '"{{phrase}}" is a compliment a partner would give. A friendship card stays friendly: praise what they ' +
        'did, not how they look.',
    },
    examples: {
      kind: 'card',
      flag: [
        "I can't forget how beautiful you looked at my cousin's wedding.",
        "You're still as gorgeous as the day we met.",
        'Still as handsome as ever.',
        'No one will ever compare to you.',
        'There will never be another man like you.',
        "Word is you haven't lost your looks one bit!",
        'Bon anniversaire! Your smile could still light up any room.',
        'I have never looked at daffodils without thinking of your lovely face.',
        'That beard really suits you, you look better than ever.',
        "You always did look good in a suit, I bet you're breaking hearts at the office.",
        'You were, and always will be, the most beautiful woman in any room.',
        "You're irreplaceable, you know that.",
        { text: 'hey stranger, ur new haircut is unreal anyway hope ur good', kind: 'message' },
        { text: "you're irreplaceable, you know that right", kind: 'message' },
        'Happy birthday! You still have the prettiest eyes I have ever seen.',
        "Anna showed me a photo from her wedding, and you're still as handsome as ever.",
        "Saw your picture online, you haven't aged a day.",
        "Congrats on the promotion. Bet the new office can't take their eyes off you.",
        "Happy birthday. There's nobody quite like you, and there never will be.",
        // Looks admired in passing, or by what they did to the writer; none of the others comes close.
        'Hi Kenji,\nAiko sent me a photo from the opening and you looked unbelievably handsome in that grey suit.',
        {
          text: 'Hey Alejandro, saw you at the market Saturday. You looked so good I forgot what I came to buy.',
          kind: 'message',
        },
        "Luisa told me you're with Andres now. You deserve someone who tells you every day how stunning you are.",
        { text: 'saw u at the pub, u looked that fit i nearly walked into a door lol', kind: 'message' },
        'I hope he knows how gorgeous you are.',
        "You looked dead gorgeous in that dress at Kev's party.",
        "Happy birthday, Hana. I've met a lot of people since we split, and none of them comes close to you.",
        // A letter whose own words offer only friendship is a friendship piece too.
        {
          text:
            'Dear Camila,\n\nI want to be your friend again, only friend.\n\nYou are more ' +
            'beautiful than ever, your eyes are the same.\n\nAndres',
          kind: 'letter',
        },
        {
          text: "I'd like us to be friends again, just friends. You're still as gorgeous as the day we met.",
          kind: 'letter',
        },
        {
          text: "I'd like to be friends again, only friends. You looked so good at the reunion I forgot my own name.",
          kind: 'letter',
        },
        // The "you" left out, as in a text.
        {
          text: 'hey u. saw ur pic from the gig, still got them gorgeous eyes i see, anyway hope ur good',
          kind: 'message',
        },
        'Happy birthday! Still got the best smile in Leeds, I bet.',
        'Merry Christmas. Always had the prettiest eyes, you did.',
        { text: 'saw u on the telly. got them dreamy eyes still lol', kind: 'message' },
        'Congrats on the job. Still have the cutest dimples in the business, no doubt.',
        'Bonne annee! Still got those sparkly eyes, I hope.',
      ],
      pass: [
        'You were brilliant in the final.',
        'You looked so happy in the wedding photos.',
        'Your garden looks beautiful this year.',
        'Nobody makes a lasagne like you.',
        'Your smile in the graduation photo says it all: so proud of you.',
        'The new job really suits you.',
        'Your daughter has your smile, and it is lovely.',
        'You have the kindest heart.',
        "Great game on Saturday, you've still got it!",
        'Your daughter has the prettiest eyes.',
        { text: 'Your smile could light up any room.', kind: 'letter', intent: 'romantic' },
        'You looked so good on the bike, the training paid off!',
        'You looked so good on the bike, I was so proud of you.',
        'You looked so good at the finish line that I cheered the loudest.',
        'Your daughter looked lovely in her dress at the recital.',
        'I hope you know how loved you are.',
        'You looked so happy I nearly cried at the wedding.',
        'None of the other teams came close to you in the final, well played!',
        'You have no idea how lovely you are to everyone at work.',
        'Still got the best view in town from that flat of yours!',
        'Got the photos from the wedding, your daughter has the prettiest eyes.',
        'Still have the best laugh in the choir, we miss it.',
        'Always had the kindest heart of anyone I know.',
        "Still got the old car? Hope it's running well.",
        'Had the loveliest time at the reunion, thank you for organising.',
        { text: 'I want you back. You are more beautiful than ever.', kind: 'letter' },
        { text: "I'd like us to be friends again, just friends. You were brilliant in the final.", kind: 'letter' },
        {
          text: "I'd like us to be friends again, just friends. Your garden looks beautiful in the photos.",
          kind: 'letter',
        },
      ],
    },
  },
  {
    families: ['romantic.compliment'],
    find: anyOf(complimentOnLooks, irreplaceable, featureAdmired),
    applies: inFriendlyPiece,
    span: 'sentence',
    suggest: () => [{ label: 'Remove this sentence', replacement: '' }],
  },
);
