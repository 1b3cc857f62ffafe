import { motiveOfReader } from '../../language/detect/blame';
import { phraseRule } from '../../rule';
import { except, fondMemory } from './detect';

/** "You only did it to hurt me": a motive the writer cannot know, put on the reader. */
export const motive = phraseRule(
  {
    id: 'blame/motive',
    category: 'blame',
    severity: 'error',
    step: 'by-kind',
    fixable: false,
    description: 'Putting a hurtful motive on the reader.',
    messages: {
      default:
        '"{{phrase}}" says why they did it. You cannot know that, and they will hear an accusation; speak only ' +
        'for yourself.',
    },
    examples: {
      flag: [
        'You only did it to hurt me.',
        'you said that on purpose',
        'You wanted me to suffer.',
        'You went out with him just to make me jealous.',
      ],
      pass: [
        'You did it to help your sister.',
        "I know you didn't mean to hurt me.",
        'I did it on purpose, and I am sorry.',
        'You spent years trying to get me into folk music, and you were right.',
        "I loved the way you'd sing off-key on purpose.",
      ],
    },
  },
  { families: [], find: except(motiveOfReader, fondMemory), exceptReported: true },
);
