import { phraseRule } from '../../rule';

/** "Did you get my card?", "I'll call to check it arrived": the guide says never to check. */
export const checkArrival = phraseRule(
  {
    id: 'pressure/check-arrival',
    category: 'pressure',
    severity: 'error',
    step: 2,
    fixable: true,
    description: 'Checking whether something arrived.',
    messages: {
      default:
        '"{{phrase}}" checks whether it arrived. Once it is sent, let it be: checking turns a gift into a ' +
        'demand for a response.',
    },
    examples: {
      flag: [
        { text: 'When the parcel arrives, could you send me a quick text?', kind: 'card' },
        'Did you get my card?',
        "I'll call you to check it got there.",
        { text: 'Drop me a line as soon as this arrives.', kind: 'card' },
        { text: 'Let me know when you get it.', kind: 'card' },
      ],
      pass: ["I won't call to check that it arrived.", 'The parcel arrived late but intact.'],
    },
  },
  {
    families: ['pressure.check-arrival'],
    span: 'sentence',
    suggest: () => [{ label: 'Remove this sentence', replacement: '' }],
  },
);
