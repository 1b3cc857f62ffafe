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
      default: '"{{phrase}}" checks whether it arrived. Once it is sent, let it be: checking turns a gift into a demand for a response.',
    },
  },
  {
    families: ['pressure.check-arrival'],
    span: 'sentence',
    suggest: () => [{ label: 'Remove this sentence', replacement: '' }],
  },
);
