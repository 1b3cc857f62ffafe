import type { Rule } from '../../rule';

/** Shorthand that is also plain English, or harmless. */
const SKIP: ReadonlySet<string> = new Set(['&', 'ok', 'okay', 'n', 'cannot', 'y', 'k', 'cos', 'ya']);

/** Fine in a text; in a card, note or letter, words written out show care. */
export const textSpeak: Rule = {
  meta: {
    id: 'style/text-speak',
    category: 'style',
    severity: 'info',
    step: 'by-kind',
    fixable: true,
    description: 'Text-speak in a card, note or letter.',
    messages: { default: '"{{phrase}}" is text-speak. On paper, writing the word out shows the care you took.' },
    examples: {
      flag: [{ text: 'Hi Noah,\nHope u are well.\nInes', kind: 'card' }],
      pass: ['how r u'],
    },
  },
  check(context) {
    if (context.kind === 'message') return;
    const { text } = context;
    for (const t of context.analysis.tokens) {
      const full = t.speak;
      if (full === null || full.includes(' not')) continue;
      const raw = text.slice(t.start, t.end);
      const lower = raw.toLowerCase();
      if (lower.includes("'") || SKIP.has(lower) || /^(x+|xo.*)$/.test(lower)) continue;
      context.report({
        start: t.start,
        end: t.end,
        data: { phrase: raw },
        suggestions: [{ label: `Write "${full}"`, replacement: full }],
      });
    }
  },
};
