import type { Rule } from '../../rule';

/** How many misspellings get suggestions per run: suggesting is slow, checking is not. */
const MAX_SUGGESTED = 5;

/**
 * Offline spelling advice, only ever info. Capitalised words are skipped (names), and so are
 * text-speak, numbers and very long strings.
 */
export const unknownWord: Rule = {
  meta: {
    id: 'spelling/unknown-word',
    category: 'spelling',
    severity: 'info',
    step: 'by-kind',
    fixable: true,
    description: 'Possible misspelling.',
    messages: { default: '"{{phrase}}" may be misspelt. Care with small things shows care.' },
    examples: {
      flag: ['I hope you enjoy the concrt.', 'Thinking of you on this speshal day.'],
      pass: ['I hope you enjoy the concert.', 'Good luck to Siobhán and the team.'],
    },
  },
  check(context) {
    const speller = context.speller;
    if (!speller) return;
    const { text } = context;
    let suggested = 0;
    for (const t of context.analysis.tokens) {
      if (!t.head || t.emoji || t.capitals !== 'none') continue;
      const length = t.end - t.start;
      if (length < 3 || length > 30) continue;
      const word = text.slice(t.start, t.end).replace(/[\u2019\u2018\u02bc`]/g, "'");
      if (t.speak !== null || /[0-9_]/.test(word)) continue;
      if (speller.correct(word)) continue;
      const suggestions =
        suggested++ < MAX_SUGGESTED
          ? speller
              .suggest(word)
              .slice(0, 3)
              .map((s) => ({ label: `Change to "${s}"`, replacement: s }))
          : [];
      context.report({ start: t.start, end: t.end, data: { phrase: word }, suggestions });
    }
  },
};
