import type { Rule } from '../../rule';

const ALLOWED = new Set([
  'OK',
  'TV',
  'PS',
  'PPS',
  'UK',
  'USA',
  'US',
  'NYC',
  'DJ',
  'CD',
  'DVD',
  'ID',
  'PM',
  'AM',
  'BBC',
  'NHS',
  'PhD',
  'MA',
  'BA',
  'MSc',
  'IT',
  'HR',
  'ASAP',
]);

/** Words in capitals read as raised voice. */
export const shouting: Rule = {
  meta: {
    id: 'style/shouting',
    category: 'style',
    severity: 'info',
    step: 'by-kind',
    fixable: true,
    description: 'Words in capitals.',
    messages: { default: '"{{phrase}}" in capitals reads as shouting. Plain letters keep the tone calm.' },
    examples: {
      flag: ['Why WONT you answer'],
      pass: ['I saw it on TV.'],
    },
  },
  check(context) {
    const { text } = context;
    for (const t of context.analysis.tokens) {
      if (!t.head || t.capitals !== 'all' || t.end - t.start < 3) continue;
      const word = text.slice(t.start, t.end);
      if (ALLOWED.has(word)) continue;
      const lower = word.toLowerCase();
      context.report({
        start: t.start,
        end: t.end,
        data: { phrase: word },
        suggestions: [{ label: `Write "${lower}"`, replacement: lower }],
      });
    }
  },
};
