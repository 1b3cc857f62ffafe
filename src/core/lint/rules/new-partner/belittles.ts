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
      default: '"{{phrase}}" puts down their new partner. Respecting the relationship means nothing about the partner but good wishes.',
    },
  },
  { families: ['new-partner.belittles'] },
);
