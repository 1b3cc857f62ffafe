import { phraseRule } from '../../rule';

/** "Maybe friends, maybe more", "let's see where it goes": intent left hanging. */
export const hedge = phraseRule(
  {
    id: 'ambiguous-intent/hedge',
    category: 'ambiguous-intent',
    severity: 'warning',
    step: 5,
    fixable: false,
    description: 'Hedged or open-ended intent.',
    messages: {
      default:
        '"{{phrase}}" leaves your intent open. They cannot answer a question you have not asked: say plainly whether you mean friendship or romance.',
      letter:
        '"{{phrase}}" leaves your intent open. The guide asks the letter to make it very clear whether you mean friendship or romance.',
    },
    examples: {
      flag: [
        { text: "Maybe friends, maybe more. Let's see where it goes.", kind: 'card' },
        { text: 'I want us to be close again, whatever that means.', kind: 'letter', intent: 'friendship' },
      ],
      pass: [{ text: 'I would like us to be friends again.', kind: 'note' }],
    },
  },
  {
    families: ['ambiguous.hedge', 'intent.vague'],
    severity: (context) => (context.kind === 'letter' || context.kind === 'note' ? 'error' : 'warning'),
  },
);
