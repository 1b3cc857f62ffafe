import { snideAside } from '../../language/detect/snide';
import { anyOf } from '../../language/detect/combine';
import { phraseRule } from '../../rule';
import { betterThanUs, forOnce, shameYouNever, wishToImprove } from './detect';

/** "Hope you're proud of yourself", "not that you'd remember", "typical": spite in a light disguise. */
export const sarcasm = phraseRule(
  {
    id: 'blame/sarcasm',
    category: 'blame',
    severity: 'error',
    step: 'by-kind',
    fixable: true,
    description: 'Sarcasm, spite and snide asides.',
    messages: {
      default: '"{{phrase}}" is a dig. Sarcasm reads as anger, and it is the line they will remember; take it out.',
      card: '"{{phrase}}" is a dig, and a card is read more than once. Keep only the warm part.',
    },
    examples: {
      flag: [
        "Hope you're proud of yourself.",
        'Not that you ever once remembered mine, but happy birthday.',
        'Good luck finding anyone who will put up with you.',
        "You'll never find anyone like me.",
        'Typical.',
        "I'll be spending Christmas alone, thanks to you.",
        'I hope this year you learn to apologise.',
        'Maybe you could show up on time for once.',
        'Pity you never had that energy for us.',
        "Don't strain yourself replying.",
        'Nice to see some people are living it up.',
        "I'm sure you'll treat the next one better than me.",
        "Don't come running to me when it goes wrong.",
        'Lovely photos from the wedding 🙄',
        'Good to know where I stand.',
        "I'll be on my own this Christmas, but don't let that spoil yours.",
        'Amazing what you can do when you actually try.',
        "Hope you've grown up a bit since.",
        'Thanks for ruining Christmas.',
        'What kind of person does that?',
        "Thanks for letting me know, oh wait, you didn't.",
      ],
      pass: [
        'Thanks to you, I finally finished the course.',
        "I'm so proud of you.",
        "I hope you're happy in the new flat.",
        'Good luck with the exams!',
        'Hope you put your feet up for once.',
        'Hope somebody else does the cooking for once.',
        'I hope she makes you as happy as you made me.',
        "I'm sure you'll be a better dad than mine ever was.",
        "It took you all of ten minutes to fix my bike, you're a genius.",
        'I hope you learn to surf this summer.',
        "Such a shame you couldn't make the party.",
        "Please don't trouble yourself about the fine.",
        'I chose the Navy over you, and I told you so in a letter of four lines.',
        "I know you don't get to see the kids much.",
        "Hope the training goes well and you don't get to many cold nights.",
      ],
    },
  },
  {
    families: ['blame.sarcasm'],
    find: anyOf(snideAside, wishToImprove, forOnce, shameYouNever, betterThanUs),
    span: 'sentence',
    suggest: () => [{ label: 'Remove this sentence', replacement: '' }],
    exceptReported: true,
  },
);
