import type { Rule } from '../../rule';
import { EXCLAMATION_MARK, QUESTION_MARK } from '../../engine/chars';

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
      if (c !== EXCLAMATION_MARK && c !== QUESTION_MARK) continue;
      let j = i + 1;
      while (j < text.length && (text.charCodeAt(j) === EXCLAMATION_MARK || text.charCodeAt(j) === QUESTION_MARK)) j++;
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
