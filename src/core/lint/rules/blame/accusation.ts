import { complaintAboutReader, harmByReader, treatmentOfWriter } from '../../language/detect/blame';
import { anyOf } from '../../language/detect/combine';
import { phraseRule } from '../../rule';
import {
  asUsual,
  choiceAgainstWriter,
  eitherYou,
  except,
  notHarm,
  tallyOfNeglect,
  toldOthersFirst,
  unlessOwned,
  whyDidYouThink,
  writerToldIt,
} from './detect';

/** "You overreacted", "you pushed me away": accusations, even half-said ones. */
export const accusation = phraseRule(
  {
    id: 'blame/accusation',
    category: 'blame',
    severity: 'error',
    step: 'by-kind',
    fixable: false,
    description: 'Accusing or blaming the reader.',
    messages: {
      default:
        '"{{phrase}}" points at what they did. Reaching out is not the place to settle who was wrong; it will ' +
        'only reopen the hurt.',
      letter:
        '"{{phrase}}" blames them. A letter to someone still hurt acknowledges the hurt you caused without a "but".',
    },
    examples: {
      flag: [
        'You pushed me away.',
        'You turned everyone against me.',
        'You never once asked how I was.',
        'You always ran from anything hard.',
        'I hope you treat her better than you treated me.',
        "You didn't even wish me luck before the exam.",
        'You forgot to call, as usual.',
        'You decided to drop me the minute things got hard.',
        'You always put your job before us.',
        'You told your sister before you told me.',
        'Why did you think it was okay to read my diary?',
        "You weren't much of a listener either.",
        'You went behind my back.',
        'You made my life a misery for two years.',
        'You knew full well what you were doing.',
        'Hope he makes you as miserable as you made me.',
        'You only ever rang when you wanted something.',
        'You never had time for me.',
        'It was always about you.',
        "I'll never forgive you for what you did.",
        "I don't remember you ever making that much effort for mine.",
        "I'm not angry, just disappointed.",
        "You couldn't even be honest with me.",
        'I moved back to my parents, since someone decided to keep the flat.',
        "I bet you're too busy with the new crowd to care.",
      ],
      pass: [
        'You never know what the weather will do.',
        'You always make me laugh.',
        'I pushed you away, and I am sorry.',
        'I know you were hurt.',
        "I don't want to go back, and I think you don't either.",
        'You looked lovely, as always.',
        "I'm too busy to care about the mess.",
        "So disappointed you couldn't make the wedding!",
        "You weren't to blame either, we were both so young.",
        "I don't remember you ever being this tanned!",
        'I was disappointed not to get the job.',
        'I hope you can forgive me one day.',
        'You knew exactly what to say at the funeral.',
        "You don't have to write back either.",
        'You told me before anyone else, and that meant a lot.',
        'I told everyone you had cheated on me, which was a lie.',
        'I thought of you shouting at the telly during the final.',
        'I know you thought it was your fault, and it never was.',
      ],
    },
  },
  {
    families: ['blame.accusation'],
    find: anyOf(
      except(harmByReader, (s, span) => notHarm(s, span) || writerToldIt(s, span.first)),
      except(complaintAboutReader, notHarm),
      treatmentOfWriter,
      tallyOfNeglect,
      asUsual,
      choiceAgainstWriter,
      toldOthersFirst,
      whyDidYouThink,
      eitherYou,
    ),
    severity: unlessOwned,
    exceptReported: true,
  },
);
