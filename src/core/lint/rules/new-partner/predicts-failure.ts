import { phraseRule } from '../../rule';

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
        '"{{phrase}}" expects their relationship to end. The guide asks you to respect it: say you know, and that you are fine with it.',
    },
    examples: {
      flag: [
        { text: 'Enjoy the movie, though I give it three months.', kind: 'note' },
        { text: "It won't last.", kind: 'note' },
        { text: "I'll be here when it ends.", kind: 'note' },
        { text: "If it doesn't work out with her, call me.", kind: 'note' },
      ],
      pass: [{ text: 'Enjoy the movie together.', kind: 'note' }],
    },
  },
  {
    families: ['new-partner.predicts-failure', 'new-partner.doubts'],
    // "If it all goes wrong" only predicts failure where a new relationship is in view.
    severity: (context, match) =>
      context.analysis.compiled.families[match.family]?.key === 'new-partner.doubts' &&
      context.kind !== 'note' &&
      context.heard !== 'new-relationship'
        ? null
        : 'error',
  },
);
