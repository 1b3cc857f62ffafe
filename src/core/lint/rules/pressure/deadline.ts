import { conditionWithConsequence } from '../../language/detect/pressure';
import { phraseRule } from '../../rule';

/** Deadlines and ultimatums: "reply by Friday", "this is your last chance". */
export const deadline = phraseRule(
  {
    id: 'pressure/deadline',
    category: 'pressure',
    severity: 'error',
    step: 'by-kind',
    fixable: true,
    description: 'Deadlines, ultimatums and demands for an answer.',
    messages: {
      default: '"{{phrase}}" sets a condition or a clock. Reaching out kindly means they can take all the time they need, or never answer.',
    },
  },
  {
    families: ['pressure.deadline'],
    find: conditionWithConsequence,
    span: 'sentence',
    suggest: () => [{ label: 'Remove this sentence', replacement: '' }],
  },
);
