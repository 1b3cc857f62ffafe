import { doubtsItHolds } from '../../language/detect/new-partner';
import { phraseRule } from '../../rule';
import { partnerSpokenOf } from './in-view';
import type { Match } from '../../engine/matcher';
import type { RuleContext } from '../../rule';

/** "I give it three months", "when it ends, I'll be here": waiting for the new relationship to fail. */
export const predictsFailure = phraseRule(
  {
    id: 'new-partner/predicts-failure',
    category: 'new-partner',
    severity: 'error',
    step: 4,
    fixable: false,
    description: 'Expecting the new relationship to fail.',
    messages: {
      default:
        '"{{phrase}}" expects their relationship to end. The guide asks you to respect it: say you know, and ' +
        'that you are fine with it.',
    },
    examples: {
      flag: [
        { text: 'Heard you and Tomás are together. I give it one season.', kind: 'note' },
        { text: 'Enjoy the movie, though I give it three months.', kind: 'note' },
        { text: "It won't last.", kind: 'note' },
        { text: "I'll be here when it ends.", kind: 'note' },
        { text: "If it doesn't work out with her, call me.", kind: 'note' },
        { text: "So you're with Sam now. She'll get bored of you. Good luck with that.", kind: 'message' },
        { text: 'Good for you, I suppose, though I give it till the autumn.', kind: 'letter' },
        { text: "Congrats on you and Jamie. You'll soon get tired of her moods, trust me.", kind: 'note' },
        // Happy "until", and doubting the partner will keep them (doubtsItHolds).
        { text: 'Congrats on you and Ellie. Enjoy being happy together till she gets bored.', kind: 'note' },
        { text: "I heard about you and Ellie. I'm sure you'll be happy together for now.", kind: 'note' },
        { text: 'yous will be happy together until he gets bored i reckon', kind: 'message' },
        {
          text: "I heard about you and Ellie. I can't see her keeping you happy for long, but good luck.",
          kind: 'note',
        },
        {
          text: "so you're with Tyler now. Can't really picture him making you laugh for much longer, tbh.",
          kind: 'message',
        },
        { text: 'I do not imagine Tomasz will hold your interest for long.', kind: 'note' },
        { text: 'Honestly mate, I cannot see that one keeping you entertained forever.', kind: 'note' },
      ],
      pass: [
        { text: 'Enjoy the movie together.', kind: 'note' },
        { text: "You'll never find anyone like me. Good luck with that.", kind: 'message' },
        { text: "I can't see you very often, but I hope you're well.", kind: 'card' },
        { text: "I can't see the rain keeping you indoors for long, enjoy the trip!", kind: 'card' },
        { text: "I'm sure you'll both be happy together for many years.", kind: 'note' },
        { text: "I can't see him often since he moved, but he keeps you posted, I hope.", kind: 'card' },
        { text: "I can't imagine anyone making you happier than Sam does; congratulations!", kind: 'note' },
        { text: "I'm happy for now in the new flat, and I hope you are too.", kind: 'card' },
        {
          text: "Hope the baby is sleeping! I can't imagine her keeping you up for long once she's settled.",
          kind: 'card',
        },
      ],
    },
  },
  {
    families: ['new-partner.predicts-failure', 'new-partner.doubts', 'new-partner.luck'],
    find: doubtsItHolds,
    local: false,
    severity: (context, match) => {
      const key = context.analysis.compiled.families[match.family]?.key;
      // "Good luck with that" is about the partner only where the text speaks of one.
      // and said on its own, as a parting shot ("Good luck with that."), not inside a kind sentence.
      if (key === 'new-partner.luck') return partnerSpokenOf(context) && standsAlone(context, match) ? 'error' : null;
      // "If it all goes wrong" only predicts failure where a new relationship is in view.
      if (key === 'new-partner.doubts' && context.kind !== 'note' && context.heard !== 'new-relationship') return null;
      return 'error';
    },
  },
);

/** The phrase is the whole sentence, give or take a word: "Good luck with that." */
function standsAlone(context: RuleContext, match: Match): boolean {
  const sentence = context.analysis.sentenceOf(match);
  return match.firstToken - sentence.firstToken <= 1 && sentence.endToken - match.endToken <= 1;
}
