import { sufferingTold } from '../../language/detect/needy';
import { phraseRule } from '../../rule';

/** "I cry every night": pain offered as a reason to answer becomes leverage, however true it is. */
export const suffering = phraseRule(
  {
    id: 'needy/suffering',
    category: 'needy',
    severity: 'error',
    step: 'by-kind',
    fixable: false,
    description: 'Suffering described in a way that pressures the reader.',
    messages: {
      default:
        '"{{phrase}}" shows how much you are hurting, and they may feel they must answer to ease it. Share that with a friend instead; if you are struggling, please reach out to someone you trust.',
    },
    examples: {
      flag: [
        'I cry every night.',
        "I haven't slept since you left.",
        "I'm falling apart.",
        'This silence is killing me.',
      ],
      pass: [
        'I cried at the end of the film, it was so good.',
        'My heart goes out to your family.',
        'He taught me chess, though I would never be any good at it.',
      ],
    },
  },
  { families: ['needy.suffering'], find: sufferingTold },
);
