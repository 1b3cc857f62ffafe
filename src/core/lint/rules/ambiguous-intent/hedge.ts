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
        '"{{phrase}}" leaves your intent open. They cannot answer a question you have not asked: say plainly ' +
        'whether you mean friendship or romance.',
      letter:
        '"{{phrase}}" leaves your intent open. The guide asks the letter to make it very clear whether you ' +
        'mean friendship or romance.',
    },
    examples: {
      flag: [
        { text: "Maybe friends, maybe more. Let's see where it goes.", kind: 'card' },
        { text: 'I want us to be close again, whatever that means.', kind: 'letter', intent: 'friendship' },
        {
          text: 'Hi Ben,\nThese tickets are for you two. When it all falls apart, you know where I am.\nLiz',
          kind: 'note',
        },
        { text: "I'm not sure what I'm asking for, tbh. I just miss what we had.", kind: 'message' },
      ],
      pass: [
        { text: 'I would like us to be friends again.', kind: 'note' },
        {
          text:
            "Dear Bia,\n\nI hurt you and I'm sorry. I'd like us to be friends. If one day you'd like a friend " +
            "who knows where the figs are, I'll be glad.\n\nHenrique",
          kind: 'letter',
        },
      ],
    },
  },
  {
    families: ['ambiguous.hedge', 'intent.vague'],
    severity: (context) => (context.kind === 'letter' || context.kind === 'note' ? 'error' : 'warning'),
  },
);
