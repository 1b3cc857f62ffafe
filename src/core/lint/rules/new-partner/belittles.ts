import { phraseRule } from '../../rule';

/** Remarks about the new partner, or comparisons that put the writer above them. */
export const belittles = phraseRule(
  {
    id: 'new-partner/belittles',
    category: 'new-partner',
    severity: 'error',
    step: 4,
    fixable: false,
    description: 'Belittling the new partner or comparing yourself to them.',
    messages: {
      default:
        '"{{phrase}}" puts down their new partner. Respecting the relationship means nothing about the partner ' +
        'but good wishes.',
    },
    examples: {
      flag: [
        { text: "Heard you're with Sofie. I never thought accountants were your type.", kind: 'note' },
        { text: 'She seems kind of boring.', kind: 'note' },
        { text: 'Nobody will ever love you like I do.', kind: 'note' },
        { text: "I don't know what you see in her.", kind: 'note' },
        { text: 'I hope you are not still seeing that man, he was never good enough for you.', kind: 'letter' },
        // Wondering what they see in each other; the partner who will drop them.
        { text: "Heard you're seeing an older bloke. Wonder what you two find to talk about.", kind: 'note' },
        { text: 'ur with her now?? what do you two even talk about lol', kind: 'message' },
        { text: 'I hear you are to marry. One does wonder what you have in common.', kind: 'note' },
        { text: "I'm curious what you could possibly see in him.", kind: 'note' },
        { text: "He'll ditch you the minute he's bored, mark my words.", kind: 'message' },
        { text: 'she is going to drop you when she find richer man', kind: 'message' },
      ],
      pass: [
        { text: 'She seems lovely.', kind: 'note' },
        { text: 'I wonder what you two have planned for the wedding!', kind: 'card' },
        { text: "What do you two talk about on your podcast? I'd love to listen.", kind: 'card' },
        { text: "He'll drop you at the station at six.", kind: 'message' },
        { text: "I wonder what you'll name the baby!", kind: 'card' },
        { text: 'Sam will replace you as captain next season, apparently.', kind: 'card' },
        { text: 'We have so much in common, you and I, the old gang says.', kind: 'card' },
      ],
    },
  },
  { families: ['new-partner.belittles'] },
);
