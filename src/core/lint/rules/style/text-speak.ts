import type { Rule } from '../../rule';
import { TEXT_SPEAK } from '../../data/textspeak';

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
  },
  check(context) {
    if (context.kind === 'message') return;
    const { text } = context;
    for (const t of context.analysis.tokens) {
      if (!t.head || t.emoji) continue;
      const raw = text.slice(t.start, t.end);
      const lower = raw.toLowerCase();
      if (lower.length > 6 || lower.includes("'") || lower === '&' || lower === 'ok' || lower === 'okay' || lower === 'n' || lower === 'cannot' || lower === 'y') continue;
      const full = TEXT_SPEAK[lower];
      if (full === undefined || full.includes(' not') || /^(x+|xo.*)$/.test(lower)) continue;
      context.report({ start: t.start, end: t.end, data: { phrase: raw }, suggestions: [{ label: `Write "${full}"`, replacement: full }] });
    }
  },
};
