import { anyOf } from '../../language/detect/combine';
import { bodyDwelt, closenessRemembered } from '../../language/detect/romantic';
import { phraseRule } from '../../rule';
import { inFriendlyPiece } from './applies';

/** "The night we kissed under the pier", "our last night in Lisbon": a romantic memory told fondly. */
export const memory = phraseRule(
  {
    id: 'romantic/memory',
    category: 'romantic',
    severity: 'error',
    step: 'by-kind',
    fixable: true,
    description: 'Fond memories of kisses and nights together in a friendship piece.',
    messages: {
      default:
        '"{{phrase}}" brings back a romantic memory. In a piece about friendship it says you are still there; ' +
        'leave it out.',
    },
    examples: {
      kind: 'card',
      flag: [
        'The cherry trees are out. Made me think of you kissing me under them that first spring.',
        'I still remember how you would warm my cold hands inside your coat.',
        'The beach made me think of the night we kissed under the pier.',
        'I still think about our last night in Lisbon.',
        'Do you remember our first kiss at the fair?',
        'Every jasmine bush takes me back to that summer we fell in love.',
        'Funny how I still remember the first time you kissed me.',
        'I still remember the way you looked at me that night in Rome.',
        'Happy birthday. I still think about that night on the beach.',
        'Miss those lazy Sunday mornings in bed with you.',
        'I still remember falling asleep on your shoulder on the night bus.',
        "I still sleep on my side of the bed. Hope you're well.",
        'I still think about our weekend in the cabin, the snow and the fire and just the two of us.',
        { text: 'Hi Clara, I still think about our last night in Lisbon. Hope you are well.', kind: 'message' },
        // Alone together, in bed or under one blanket.
        {
          text:
            'Hi Sven, congrats on the boat! I still think about that night anchored off Hvar, ' +
            'just the two of us under one blanket.',
          kind: 'message',
        },
        'I still think about our Sunday mornings in bed with the crossword.',
        'miss those lazy mornings in bed tbh, hope ur well',
        'Remember us sharing one sleeping bag at Glastonbury? Happy birthday!',
        'Christmas always reminds me of those cosy evenings under the duvet.',
        {
          text: 'Thinking of the two of you. And of that weekend, just the two of us in the dark by the lake.',
          kind: 'note',
        },
        {
          text: 'I would like to be friends again, only friends. I still think about our last night in Lisbon.',
          kind: 'letter',
        },
      ],
      pass: [
        'The children still remember you hugging them at the gate.',
        'I remember the night we got lost driving back from the festival, ha.',
        'Hope the last night of the tour went well!',
        "Our new puppy is a handful, and it's just the two of us and him now.",
        'I still laugh about the night we got locked out of the hostel with Mia and Tom.',
        'I remember that night at the pub quiz when we won the meat raffle!',
        'I was thinking of that weekend in Wales with the whole gang, so much fun.',
        'Our weekend at the lake with the whole gang is still my favourite.',
        { text: 'I still think about our last night in Lisbon.', kind: 'letter', intent: 'romantic' },
        "Whatever you've planned for the first dance, I promise not to heckle.",
        { text: 'Dear Sam,\n\nI still think about our last night in Lisbon.\n\nTom', kind: 'letter' },
        {
          text:
            "I'd like us to be friends again, only friends. " +
            'I remember the night we got lost driving back from the festival, ha.',
          kind: 'letter',
        },
        'We were all under one roof that summer, such a laugh.',
        'Remember when the whole gang squeezed into one tent at Glastonbury?',
        'Hope the new baby lets you have some mornings in bed soon!',
        'It was just the two of us at the office party, everyone else got the flu!',
        "Save me the last dance at your wedding, I'll bring Paula.",
      ],
    },
  },
  {
    families: ['romantic.memory'],
    find: anyOf(closenessRemembered, bodyDwelt),
    applies: inFriendlyPiece,
    suggest: () => [{ label: 'Remove it', replacement: '' }],
  },
);
