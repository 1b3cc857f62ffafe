import { anyOf } from '../../language/detect/combine';
import { readReceipts } from '../../language/detect/pushes';
import { checkingUp as checkingUpFinder } from '../../language/detect/pressure';
import { phraseRule } from '../../rule';

/** "I saw you changed your profile", "I can see you read my message": watching them, and saying so. */
export const checkingUp = phraseRule(
  {
    id: 'pressure/checking-up',
    category: 'pressure',
    severity: 'error',
    step: 'by-kind',
    fixable: true,
    description: 'Telling them you have been watching their profiles, messages or home.',
    messages: {
      default:
        '"{{phrase}}" tells them you are watching. Even a passing mention of their profile or their door feels ' +
        'like being checked on; leave it out.',
    },
    examples: {
      flag: [
        'I saw you made your profile private.',
        "I can see you read my message and didn't answer.",
        "Had a look at your new man's Facebook.",
        'I noticed you unfollowed me.',
        'Noticed you unfollowed me, just curious why haha',
        'just saw ur story from the beach, nice for some',
      ],
      pass: [
        'I know I hurt you with that Facebook post.',
        'I saw the river in flood on the news.',
        'I read your article in the Guardian and loved it.',
        'I saw on Facebook that you got engaged, congratulations!',
      ],
    },
  },
  {
    families: [],
    find: anyOf(checkingUpFinder, readReceipts),
    span: 'sentence',
    suggest: () => [{ label: 'Remove this sentence', replacement: '' }],
  },
);
