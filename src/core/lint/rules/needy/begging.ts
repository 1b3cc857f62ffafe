import { pleaNotTo } from '../../language/detect/needy';
import { findPhrase, word } from '../../language/query';
import { reportedByWriter } from '../../language/reported';
import type { Analysis } from '../../engine/analysis';
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
    find: except(pleaNotTo, (s, span) => word(s, span.last) === 'hanging'),
    // "I thought I was writing to ask you to come back to me. But that's not what I want": a plea once meant.
    severity: (context, match) => (pleaOnceMeant(context.analysis, match.firstToken) ? null : 'error'),
  },
);

/** What a writer was going to ask, and no longer does: "I was going to ask you to come back to me". */
const ONCE_MEANT = ['was going to', 'were going to', 'meant to', 'planned to', 'intended to', 'had planned to'];

function pleaOnceMeant(analysis: Analysis, k: number): boolean {
  const s = analysis.language.at(k);
  // "I know I said I wouldn't beg, but please come back to me": the plea made now, after the "but".
  if (findPhrase(s, s.first, k, 'but') >= 0) return false;
  if (reportedByWriter(analysis, k)) return true;
  return ONCE_MEANT.some((phrase) => {
    const at = findPhrase(s, s.first, k, phrase);
    return at >= 0 && at < k;
  });
}
