import { waitingThere } from '../../language/detect/pushes';
import { phraseRule } from '../../rule';

/** Turning up in person, or saying you know where they are: the line into stalking. */
export const showingUp = phraseRule(
  {
    id: 'pressure/showing-up',
    category: 'pressure',
    severity: 'error',
    step: 'by-kind',
    fixable: true,
    description: 'Showing up, or hinting at it.',
    messages: {
      default:
        '"{{phrase}}" talks about turning up in person. Unasked-for visits cross from reconnecting into ' +
        'stalking; let them choose if and when to meet.',
    },
    examples: {
      flag: [
        "I'll stop by your place tomorrow.",
        'I know where you work now.',
        "I'll be outside your building.",
        "I'm home for Christmas, so I'll drop by on Boxing Day with your presents.",
        'I might drop your books round on Saturday morning.',
        "I'm passing your street on Sunday, so I might knock and say hi.",
      ],
      pass: [
        "I'll see you at the handover on Friday, like usual.",
        'I saw your show at the Lyric, it was lovely.',
        "Thank you for inviting me to the wedding. I'll be there on the day, and I'm glad for you both.",
      ],
    },
  },
  {
    families: ['pressure.showing-up'],
    find: waitingThere,
    span: 'sentence',
    suggest: () => [{ label: 'Remove this sentence', replacement: '' }],
  },
);
