import { judgementOfReader } from '../../language/detect/blame';
import { anyOf } from '../../language/detect/combine';
import { phraseRule } from '../../rule';
import { badPerson, except, presumedJudgement, verdictOnConduct, wishedOn } from './detect';

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
        "I think once you stop being so stubborn and childish about it, you'll see that too.",
        'Stop being such a coward and talk to me.',
        "If you weren't so selfish we'd still be together.",
        'maybe quit being a dick about it',
        'Perhaps if you had been less arrogant, things would have gone differently.',
        'if u wasnt so stubborn we could of sorted it',
        'Mate, when you stop acting like a spoilt brat, give me a call.',
        'You need to stop being so controlling.',
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
        'Stop being so hard on yourself.',
        "If you weren't so far away, I'd visit more.",
        "Once you stop being so busy, let's get a coffee.",
        'Stop being so modest, the painting is lovely.',
        'Stop being a stranger and come visit!',
        "Once I stop being so stubborn, maybe I'll see it too.",
        "If you weren't so kind, I'd never have got through that year.",
        "Stop being silly, you're always welcome here.",
        "If you're feeling sad, call your sister.",
        "I wish he'd stop being so rude to you.",
        "The dog won't stop being so clingy lol",
        "If you weren't so good at Scrabble I'd win more.",
        'My boss needs to stop being so controlling, honestly.',
      ],
    },
  },
  {
    families: [],
    find: anyOf(except(judgementOfReader, wishedOn), verdictOnConduct, badPerson, presumedJudgement),
    exceptReported: true,
  },
);
