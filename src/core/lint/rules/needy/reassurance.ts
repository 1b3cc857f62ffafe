import { stillInYourMind } from './lingering';
import { reassuranceQuestion } from '../../language/detect/needy';
import { anyOf } from '../../language/detect/combine';
import { phraseRule } from '../../rule';
import { meantAnythingToYou } from './structure';
import { askedToConsider, except, happyWithoutMe, measuredAgainstPartner, needToKnowIfYou, thinkOfUs } from './detect';

/** "Do you ever miss me?", "did I mean anything to you?": questions only reassurance can answer. */
export const reassurance = phraseRule(
  {
    id: 'needy/reassurance',
    category: 'needy',
    severity: 'error',
    step: 'by-kind',
    fixable: true,
    description: 'Asking the reader for reassurance about their feelings.',
    messages: {
      default:
        '"{{phrase}}" asks them to reassure you. Any answer costs them something; say what you feel instead of ' +
        'asking what they feel.',
      card:
        '"{{phrase}}" asks for reassurance. A friendship card asks nothing of them, least of all how they feel ' +
        'about you.',
    },
    examples: {
      flag: [
        'Do you ever miss me?',
        'do u ever think about me??',
        'Did I mean anything to you?',
        'Was any of it real for you?',
        'Miss me?',
        'Tell me you still think about me sometimes.',
        'Is there any part of you that still cares?',
        'Are you happier without me?',
        'Does he make you laugh like I did?',
        "What has she got that I haven't?",
        'Is she prettier than me?',
        'I need to know if you still love me.',
        'Do you ever think about what we had?',
        'did what we had actually mean anything to you, or was it just me?',
        'Did it ever mean anything to you?',
        'Did those years mean something to you at all?',
        'did i ever mean anything 2 you?? or was i just convenient',
        'Did our marriage matter to you, in the end?',
        'Honestly, did us mean much to you?',
        'Was I just a phase for you?',
        'was i just ur rebound?',
      ],
      pass: [
        'Do you remember the tram in Lisbon?',
        'Did you get the job in the end?',
        'How is your mum?',
        'I miss our chess games.',
        'Will you think about it and let me know?',
        'Are you happy with the new car?',
        'Does she like the new flat?',
        'Are you managing without me at the shop?',
        'Do you ever think about the move to Spain?',
        'I need to know if you want the bookshelf.',
        'Does the name Kowalski mean anything to you?',
        'Your support meant so much to me.',
        'It meant a lot to me that you came to the funeral.',
        'Does the word "quokka" mean anything to you?',
        'Did the parcel get to you in the end?',
        'I hope the trip meant something to you and the kids.',
        'Tell me what happened at the match, I missed the second half!',
        'Was I just being paranoid about the boiler?',
        'Tell me what you want for your birthday.',
      ],
    },
  },
  {
    families: [],
    find: anyOf(
      except(reassuranceQuestion, askedToConsider),
      happyWithoutMe,
      measuredAgainstPartner,
      needToKnowIfYou,
      thinkOfUs,
      meantAnythingToYou,
      stillInYourMind,
    ),
    span: 'sentence',
    suggest: () => [{ label: 'Remove this question', replacement: '' }],
  },
);
