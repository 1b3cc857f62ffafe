import { persistence as persistenceFinder } from '../../language/detect/pressure';
import { phraseRule } from '../../rule';

/** "You can't avoid me forever", "I'll stay till they lock up": promises not to let go. */
export const persistence = phraseRule(
  {
    id: 'pressure/persistence',
    category: 'pressure',
    severity: 'error',
    step: 'by-kind',
    fixable: true,
    description: 'Saying you will not stop, or that they cannot get away.',
    messages: {
      default:
        '"{{phrase}}" says you will not let go. However it is meant, it reads as a threat; reaching out kindly ' +
        'means they can always say no.',
    },
    examples: {
      flag: ["You can't avoid me forever.", "I'll stay there till they lock up.", "We'll come and find you."],
      pass: ["I'll stay at my sister's until the flat is ready.", 'You can avoid the M25 if you take the back roads.'],
    },
  },
  {
    families: [],
    find: persistenceFinder,
    span: 'sentence',
    suggest: () => [{ label: 'Remove this sentence', replacement: '' }],
  },
);
