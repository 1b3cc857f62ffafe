import type { Rule } from '../../rule';
import { GAP, type Token } from '../../engine/tokenize';
import { inFriendshipPiece } from './applies';

const KISS_LETTERS: ReadonlySet<string> = new Set(['x', 'xx', 'xo', 'xoxo']);

/** Hearts, kiss emoji and kisses ("xoxo", a trailing "x") in a friendship piece. */
export const kisses: Rule = {
  meta: {
    id: 'romantic/kisses',
    category: 'romantic',
    severity: 'error',
    step: 'by-kind',
    fixable: true,
    description: 'Hearts and kisses in a friendship piece.',
    messages: {
      default: '"{{phrase}}" is a kiss or a heart, which reads as romantic in a friendship piece. Leave it out.',
    },
    examples: {
      flag: [
        { text: 'Hope you are well ❤️ Thinking of you.', kind: 'card' },
        { text: 'Good luck 💕💕💕 tonight', kind: 'card' },
        { text: 'Good luck tonight <3', kind: 'card' },
        { text: 'Take care xoxo and good luck.', kind: 'card' },
      ],
      pass: [
        { text: 'Congrats on the play 🎉', kind: 'card' },
        { text: 'Hi Rafa,\nTwo tickets for the samba night, for you both.\nBeijos, Thiago 💋💋', kind: 'note' },
        { text: 'Miss you ❤️', kind: 'letter', intent: 'romantic' },
      ],
    },
  },
  check(context) {
    if (!inFriendshipPiece(context)) return;
    const { analysis, text } = context;
    const fix = [{ label: 'Remove it', replacement: '' }];
    // Kisses and hearts in an affectionate closing are the signature rule's to report ("Beijos,
    // Thiago 💋"); lint drops findings inside the sign-off region itself. Only a sign-off with a
    // name: a heart that merely ends a line, "Hope ur well ❤️", is the message's.
    const closings = context.signOff?.name ? context.signOff.closings : [];
    const signed = (start: number, end: number): boolean =>
      closings.some((c) => c.affectionate && start < c.end && end > c.start);
    for (const m of analysis.matches('romantic.kisses')) {
      if (signed(m.start, m.end)) continue;
      context.report({ start: m.start, end: m.end, data: { phrase: text.slice(m.start, m.end) }, suggestions: fix });
    }
    // A lone "x" or "xx" at the end of a line or sentence is a kiss.
    const { tokens } = analysis;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k] as Token;
      if (!t.head || (t.word !== 'x' && t.word !== 'xx') || !KISS_LETTERS.has(text.slice(t.start, t.end).toLowerCase()))
        continue;
      const next = tokens[k + 1];
      const prev = tokens[k - 1];
      const endsClause = !next || next.gap >= GAP.line;
      if (endsClause && prev && !/^\d+$/.test(prev.word) && !signed(t.start, t.end))
        context.report({ start: t.start, end: t.end, data: { phrase: text.slice(t.start, t.end) }, suggestions: fix });
    }
  },
};
