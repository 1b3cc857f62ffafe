import { pleaNotTo } from '../../language/detect/needy';
import { word } from '../../language/query';
import { onceMeant } from '../../language/reported';
import { phraseRule } from '../../rule';
import { except } from './detect';

/** Pleading ("I'm begging you", "please don't shut me out") asks the reader to carry the writer's pain. */
export const begging = phraseRule(
  {
    id: 'needy/begging',
    category: 'needy',
    severity: 'error',
    step: 'by-kind',
    fixable: false,
    description: 'Begging and pleading.',
    messages: {
      default:
        '"{{phrase}}" is a plea. Pleading puts your feelings on their shoulders; a calm, warm line gives them ' +
        'room to choose.',
      card: '"{{phrase}}" is a plea. A friendship card should feel light and ask for nothing; pleading makes it heavy.',
      letter:
        '"{{phrase}}" is a plea. The letter can say what you want, but begging turns a sincere wish into pressure.',
    },
    examples: {
      flag: [
        "I'm begging you, talk to me.",
        'Please, please forgive me.',
        "Pleeease don't shut me out.",
        'Give me one more chance.',
        "I'll do anything to fix this.",
        'Please, can we just talk?',
        'It would mean the world to me.',
        "Please just tell me if there's any hope.",
      ],
      pass: [
        'Please tell your mom hi.',
        'Please enjoy the show.',
        'I will not beg.',
        'Is there any chance you still have my recipe book?',
        "Don't leave me hanging this time, eh?",
      ],
    },
  },
  {
    families: ['needy.begging'],
    find: except(pleaNotTo, (s, span) => word(s, span.end) === 'hanging'),
    // "I thought I was writing to ask you to come back to me. But that's not what I want": a plea once meant.
    severity: (context, match) => (onceMeant(context.analysis, match.firstToken) ? null : 'error'),
  },
);
