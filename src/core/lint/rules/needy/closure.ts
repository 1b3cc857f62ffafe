import { closureDemand } from '../../language/detect/needy';
import { phraseRule } from '../../rule';

/** "I just need closure", "I deserve an explanation": the writer's peace made the reader's job. */
export const closure = phraseRule(
  {
    id: 'needy/closure',
    category: 'needy',
    severity: 'error',
    step: 'by-kind',
    fixable: false,
    description: 'Demanding closure or an explanation.',
    messages: {
      default:
        '"{{phrase}}" asks them to give you closure. They may not have it to give; closure is something you ' +
        'can find without them.',
    },
    examples: {
      flag: ['I just need closure.', 'I deserve an explanation.', 'I need to understand why you ended it.'],
      pass: ['I need to pick up my bike at some point.', 'You deserve an explanation, so here it is.'],
    },
  },
  { families: [], find: closureDemand },
);
