import { phraseRule } from '../../rule';
import { rhetoricalWorth, unlessOwned } from './detect';

/** "After everything I did for you", "you never cared": guilt as a lever. */
export const guiltTrip = phraseRule(
  {
    id: 'blame/guilt-trip',
    category: 'blame',
    severity: 'error',
    step: 'by-kind',
    fixable: false,
    description: 'Guilt-tripping.',
    messages: {
      default:
        '"{{phrase}}" makes them feel guilty. Guilt may get a reply, but not a friendship; speak for yourself ' +
        'and leave the scorekeeping out.',
      letter:
        '"{{phrase}}" makes them feel guilty. The letter is where you own the hurt you caused; guilt aimed at ' +
        'them undoes that.',
    },
    examples: {
      flag: [
        'After everything I did for you, this is how you treat me.',
        'The least you could do is answer.',
        'You never cared.',
        'Am I not worth a single phone call?',
        'Was I really that easy to replace?',
        "I guess I'll just spend it alone then.",
        'Think of everything I gave up for you.',
        'Would it kill you to say sorry?',
        'Was I just a placeholder until someone better came along?',
        'How hard is it to send one text?',
        'Sorry if my feelings were an inconvenience.',
      ],
      pass: [
        'After everything we went through together, I still wish you well.',
        'Was I easy to get hold of when you rang?',
        'How could you not love that dog?',
        'I loved all the dinners I cooked for you in that tiny kitchen.',
        "I guess I'll see you at the wedding then.",
        'Everything you did for me that year, I remember.',
      ],
    },
  },
  { families: ['blame.guilt-trip'], find: rhetoricalWorth, severity: unlessOwned, exceptReported: true },
);
