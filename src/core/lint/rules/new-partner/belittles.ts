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
        { text: 'She seems kind of boring.', kind: 'note' },
        { text: 'Nobody will ever love you like I do.', kind: 'note' },
        { text: "I don't know what you see in her.", kind: 'note' },
        { text: 'I hope you are not still seeing that man, he was never good enough for you.', kind: 'letter' },
      ],
      pass: [{ text: 'She seems lovely.', kind: 'note' }],
    },
  },
  { families: ['new-partner.belittles'] },
);
