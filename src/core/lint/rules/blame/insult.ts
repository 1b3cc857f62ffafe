import { judgementOfReader } from '../../language/detect/blame';
import { anyOf } from '../../language/detect/combine';
import { phraseRule } from '../../rule';
import { badPerson, except, verdictOnConduct, wishedOn } from './detect';

/** "You're a coward", "you were so selfish", "you absolute muppet": name-calling, however it is dressed. */
export const insult = phraseRule(
  {
    id: 'blame/insult',
    category: 'blame',
    severity: 'error',
    step: 'by-kind',
    fixable: false,
    description: 'Calling the reader names or judging their character.',
    messages: {
      default:
        '"{{phrase}}" judges them. However true it feels, a verdict on their character ends the conversation ' +
        'before it starts.',
      letter:
        '"{{phrase}}" judges them. The letter is about the hurt you caused; a verdict on their character ' +
        'cancels the apology.',
    },
    examples: {
      flag: [
        "You're a coward.",
        'u r such a jerk lol',
        'Honestly you were so selfish at the end.',
        'Bye, you absolute muppet.',
        'I find your silence very rude.',
        'That was so selfish of you.',
        "You're a terrible person.",
      ],
      pass: [
        'You were so brave at the hearing.',
        "I know you've been sad.",
        'You must feel awful after the week you had.',
        "You're not a bad person.",
        'That was so kind of you.',
        'I find this very hard to write.',
        'I find it impossible to stay angry with you.',
        'I find this very difficult to write.',
        'Hope you get spoilt rotten today.',
        "You're not a terrible person, just a scared one.",
        'You were a wonderful friend.',
      ],
    },
  },
  { families: [], find: anyOf(except(judgementOfReader, wishedOn), verdictOnConduct, badPerson), exceptReported: true },
);
