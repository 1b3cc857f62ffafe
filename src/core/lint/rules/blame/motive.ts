import { motiveOfReader } from '../../language/detect/blame';
import { phraseRule } from '../../rule';
import { anyOf } from '../../language/detect/combine';
import { affectionForGain, aimOfReader, except, fondMemory, purposeOfReader } from './detect';

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
        'I know you only unfollowed me so your new friends would stop asking about me.',
        'You only came to the party so you could look good.',
        'u only texted so ur mum would get off ur back',
        'You apologised only so that others would think well of you.',
        'Reckon you only rang so I would feel guilty, mate.',
        'You just blocked me so you would not have to explain yourself.',
        'You only did it so she would see you with him, I think.',
        "Funny how that works when you're trying to make someone jealous.",
        'You only came back because you needed somewhere to stay.',
        'You only got in touch because your new bloke dumped you.',
        "You only want to be friends so you don't feel guilty.",
        'u only texted cos u wanted ur hoodie back',
        'You only rang me since you missed having someone to moan at.',
        "You're only being nice because she left you.",
        'Reckon you did that just to get a rise out of me.',
      ],
      pass: [
        'You did it to help your sister.',
        "I know you didn't mean to hurt me.",
        'I did it on purpose, and I am sorry.',
        'You spent years trying to get me into folk music, and you were right.',
        "I loved the way you'd sing off-key on purpose.",
        "You only called so I wouldn't be alone on my birthday, and it meant a lot.",
        'You only told me so I would not worry.',
        'I only unfollowed you so I would stop checking your page.',
        'You came early so we could set up the chairs.',
        'You only moved so the kids could be near their gran.',
        'You just left so quickly I never said thanks.',
        'You only have to ask, so do.',
        'You used to cook paella to make the neighbours jealous, ha.',
        'You only left early because your mum was ill.',
        'You only came because I asked, and I was so grateful.',
        'I only called because I missed you.',
        'You only moved because the job was there.',
        "You only got in touch because you'd heard about Dad, and that was kind.",
        'You only rang to check I had got home safely.',
        'You just came over to get the rest of your records.',
      ],
    },
  },
  {
    families: [],
    find: anyOf(except(motiveOfReader, fondMemory), purposeOfReader, aimOfReader, affectionForGain),
    exceptReported: true,
  },
);
