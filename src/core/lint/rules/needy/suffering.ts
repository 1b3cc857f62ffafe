import { sufferingTold } from '../../language/detect/needy';
import { anyOf } from '../../language/detect/combine';
import { phraseRule } from '../../rule';
import { words } from '../../lexicon/words';
import {
  emptiedLife,
  except,
  habitForTwo,
  lingeringLikeAFool,
  needsWithout,
  otherCause,
  pastOwned,
  wreckNow,
} from './detect';
import { barelyMostDays, nobodySince, noRestOverUs, notRightSince, replayingUs } from './structure';

const THE_READER = words('you your u ur him her it them');

/** "I can't sleep without earplugs": without something else, not without the reader. */
function withoutSomethingElse(tokens: readonly { word: string }[], last: number): boolean {
  return tokens[last - 1]?.word === 'without' && !THE_READER.has(tokens[last]?.word ?? '');
}

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
        '"{{phrase}}" shows how much you are hurting, and they may feel they must answer to ease it. Share ' +
        'that with a friend instead; if you are struggling, please reach out to someone you trust.',
    },
    examples: {
      flag: [
        'I cry every night.',
        "I haven't slept since you left.",
        "I'm falling apart.",
        'This silence is killing me.',
        'My weekends feel so empty without you.',
        'The house has been so silent since you moved out.',
        'Sundays are very long now.',
        'I still make two cups of tea every morning out of habit.',
        'I drove past your house three times last night like a lunatic.',
        "I'm honestly a wreck.",
        'I sleep badly without your hoodie.',
        "I don't know what to do with my weekends anymore.",
        "I've stopped seeing my friends.",
        'I lie awake every night thinking about you.',
        "I've lost a stone since you left.",
        'Every song on the radio makes me cry.',
        "I'm a shadow of who I was.",
        "I can't face the weekends anymore.",
        'My heart physically aches.',
        "I don't think I'll ever be happy again.",
        'I still talk to you in my head every day.',
        "Ever since you left I've been drinking too much.",
        'My life fell apart when you left.',
        "I keep replaying it and I can't sleep.",
        'most days i cant get off the sofa and i keep wondering if its cos of how we ended',
        "Been going over everything again, can barely eat, can't sleep.",
        "Keep replaying it all in me head and I can't get out of bed most mornings, to be honest.",
        'I am thinking about us always and I can not sleep good.',
        "I've had nobody to talk to since.",
        'Honestly got no one to talk to anymore.',
        "I have no one to turn to now you're gone.",
        'Since you went, the days have turned into one long grey corridor.',
        'Since you left, my evenings have become so quiet.',
        'Every night I sit in the dark and replay our last conversation.',
        'i keep reliving that night over and over',
        "I've not been right since we split.",
        "Haven't felt myself since you left, to be honest.",
        'Some days I can barely breathe.',
        'Most nights I can hardly sleep.',
        'The bed feels too big since you went.',
        'I feel like half of me is missing.',
        'A part of me died when you left.',
        "Life's just grey without you.",
      ],
      pass: [
        'I cried at the end of the film, it was so good.',
        'My heart goes out to your family.',
        'He taught me chess, though I would never be any good at it.',
        'The house is so quiet now the kids have left for uni.',
        'Your dad was a wonderful man. The days must feel so empty without him.',
        'I made two cakes for the fundraiser out of habit.',
        'I was a mess last summer and I was unkind to you.',
        "My sister's been a wreck since her dog died.",
        'The evenings are so light now.',
        "I can't sleep without earplugs these days.",
        'The days have been long since we moved to the farm.',
        'I lie awake some nights with the baby.',
        "I keep replaying the final and I still can't believe we lost.",
        "I can't sleep with this heat, it's thirty degrees at midnight.",
        "Most days I can't get out of bed before nine, the night shifts are brutal.",
        "I keep thinking about the exam and I can't focus on anything else.",
        'I had no one to talk to at the wedding, so I left early.',
        "I've had nobody to talk to since Mum moved to Spain.",
        'There was nobody to talk to at the party.',
        'The days turned into weeks.',
        "Since you asked, I can't eat gluten any more, so no cake for me.",
        'I replayed the match highlights last night, what a goal.',
        'I keep replaying that penalty in my head, what a finish!',
        "I can't sleep with the neighbours' dog barking all night.",
        'We replay our wedding video every anniversary, Dave and I.',
        "I've not been right since the flu, but I'm on the mend.",
        'With my asthma, some days I can barely breathe.',
        'The jacket feels too big since I lost weight.',
        'Part of me still hopes the shop reopens.',
        'Half of me is Irish, half Nigerian, as you know.',
        'Since you went back to work, the mornings must be so long for the dog.',
      ],
    },
  },
  {
    families: ['needy.suffering'],
    severity: (context, match) => (withoutSomethingElse(context.analysis.tokens, match.endToken) ? null : 'error'),
    find: anyOf(
      except(sufferingTold, (s, span) => pastOwned(s, span) || otherCause(s, span)),
      emptiedLife,
      needsWithout,
      habitForTwo,
      lingeringLikeAFool,
      wreckNow,
      noRestOverUs,
      nobodySince,
      replayingUs,
      notRightSince,
      barelyMostDays,
    ),
  },
);
