import { textsCounted } from '../../language/detect/pushes';
import { phraseRule } from '../../rule';

/** "I'll keep texting", "why are you ignoring me": more contact after silence feels like being hounded. */
export const repeatContact = phraseRule(
  {
    id: 'pressure/repeat-contact',
    category: 'pressure',
    severity: 'error',
    step: 1,
    fixable: true,
    description: 'Promising or counting repeated contact.',
    messages: {
      default:
        '"{{phrase}}" points at more contact after silence. After unanswered messages the guide says to stop: ' +
        'more of it feels like being hounded.',
    },
    examples: {
      flag: [
        "I'll keep texting until you answer.",
        'Why are you ignoring me?',
        'I have called you so many times.',
        "I'm writing again because I've had no answer to my last four emails.",
        'ok so ur just going to ignore me forever',
        'Three letters and not a word back.',
      ],
      pass: [
        "I'm writing you an actual letter, with an actual pen.",
        "I won't reach out again.",
        'Nice of you to finally unblock me.',
        'I wrote to the council twice and had no answer from them either.',
      ],
    },
  },
  {
    families: ['pressure.repeat-contact'],
    find: textsCounted,
    span: 'sentence',
    suggest: () => [{ label: 'Remove this sentence', replacement: '' }],
  },
);
