import type { Rule } from '../../rule';

const MAX_RUNS = 50;

/** "!!!" and "?!": urgency on the page. */
export const exclamations: Rule = {
  meta: {
    id: 'style/exclamations',
    category: 'style',
    severity: 'info',
    step: 'by-kind',
    fixable: true,
    description: 'Runs of exclamation or question marks.',
    messages: { default: '"{{phrase}}" adds urgency. One mark is enough; calm punctuation reads as calm.' },
    examples: {
      flag: ['Congratulations!!!'],
      pass: ['Congratulations!'],
    },
  },
  check(context) {
    const { text } = context;
    let found = 0;
    for (let i = 0; i < text.length && found < MAX_RUNS; i++) {
      const c = text.charCodeAt(i);
      if (c !== 33 && c !== 63) continue;
      let j = i + 1;
      while (j < text.length && (text.charCodeAt(j) === 33 || text.charCodeAt(j) === 63)) j++;
      if (j - i >= 2) {
        const run = text.slice(i, j);
        context.report({
          start: i,
          end: j,
          data: { phrase: run },
          suggestions: [{ label: 'Use one mark', replacement: run.includes('?') ? '?' : '!' }],
        });
        found++;
      }
      i = j - 1;
    }
  },
};
