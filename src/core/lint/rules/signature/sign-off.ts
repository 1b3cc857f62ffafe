import type { Rule } from '../../rule';
import { quote } from '../../rule';

/**
 * A card or note is signed with just the name (guide step 2). The sign-off line belongs to this
 * rule alone: other rules do not report inside it.
 */
export const signOff: Rule = {
  meta: {
    id: 'signature/sign-off',
    category: 'signature',
    severity: 'error',
    step: 2,
    fixable: true,
    description: 'A card or note signed with more than the name.',
    messages: {
      default:
        '"{{phrase}}" says more than your name. The guide suggests signing a friendship card with just your name, so nothing reads as romantic or needy.',
      plain:
        '"{{phrase}}" is a friendly closing, but the guide suggests signing with just your name: it keeps the card simple and free of signals.',
      other:
        '"{{phrase}}" is an affectionate sign-off. If you mean friendship, signing with just your name keeps it clear.',
    },
    examples: {
      flag: [
        { text: 'Hi Noah,\nHope you are well.\nWith all my love,\nInes\n', kind: 'card' },
        { text: 'Hi Noah,\nHope you are well.\nLove, Ines', kind: 'card' },
        { text: 'Hi Noah,\nHope you are well.\nInes xx', kind: 'card' },
        { text: 'Hi Noah,\nHope you are well.\nInes\nxoxo', kind: 'note' },
        { text: 'Hi Noah,\nHope you are well.\nTake care,\nInes', kind: 'card' },
        { text: 'Hi Noah,\nHope you are well.\nLots of love,\nInes x', kind: 'card' },
        { text: 'Hi Noah,\nHope you are well.\nlove,\nines', kind: 'card' },
        { text: 'Hi Noah,\nHope you are well.\nForever yours, Ines', kind: 'note' },
      ],
      pass: [
        { text: 'Hi Noah,\nHope you are well.\nInes', kind: 'card' },
        { text: 'Dear Noah,\n\nI am sorry.\n\nAll my love,\nInes', kind: 'letter', intent: 'romantic' },
      ],
    },
  },
  check(context) {
    for (const closing of context.signOff?.closings ?? []) {
      const phrase = quote(context.text, closing.start, closing.end);
      const fix = [{ label: 'Sign with just your name', replacement: '' }];
      if (context.kind === 'card' || context.kind === 'note') {
        context.report({
          ...closing.removal,
          severity: closing.affectionate ? 'error' : 'warning',
          messageId: closing.affectionate ? 'default' : 'plain',
          data: { phrase },
          suggestions: fix,
        });
      } else if (closing.affectionate && context.declared === 'friendship') {
        context.report({
          ...closing.removal,
          severity: 'info',
          messageId: 'other',
          data: { phrase },
          suggestions: fix,
        });
      }
    }
  },
};
