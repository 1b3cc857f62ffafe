import type { Match } from '../../engine/matcher';
import { words } from '../../lexicon/words';
import { phraseRule, type RuleContext } from '../../rule';

/** Plans and outings: "whatever it is, enjoy it!" about the holidays is not about us. */
const PLANS = words(
  'plan plans planned planning holiday holidays christmas easter eid diwali hanukkah weekend trip party birthday ' +
    'celebrate celebrating celebration wedding honeymoon enjoy fun doing',
);

/** "Not sure what your plans are for the holidays, but whatever it is, enjoy it!" */
function aboutPlans(context: RuleContext, match: Match): boolean {
  const { tokens } = context.analysis;
  if (tokens[match.firstToken]?.word !== 'whatever') return false;
  const sentence = context.analysis.sentenceOf(match);
  for (let k = sentence.firstToken; k < sentence.endToken; k++) {
    if (k >= match.firstToken && k < match.endToken) continue;
    if (PLANS.has(tokens[k]?.word ?? '')) return true;
  }
  return false;
}

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
        { text: "You're my best friend and also kind of my everything, you know?", kind: 'message' },
        { text: 'You were my friend, my lover, my everything.', kind: 'letter' },
        { text: "i'd love to see u again. just to catch up, or whatever it turns into", kind: 'message' },
        { text: 'I want us to be friends again. Let us see what God will do.', kind: 'letter' },
        { text: "Reckon we'll just see what fate has in store, eh?", kind: 'message' },
        { text: 'You are my soulmate and my best friend, both.', kind: 'letter' },
        { text: 'Whatever this is between us, I want it back.', kind: 'letter' },
        { text: 'I miss what we had. Could we try getting some of it back?', kind: 'message' },
        { text: 'would be nice to get a bit of the old us back tbh', kind: 'message' },
        { text: "Whatever's still there between us, I don't want to lose it.", kind: 'message' },
        { text: 'I want you back, however that looks.', kind: 'message' },
        { text: "I want to be part of your life again, in any way you'll have me.", kind: 'letter' },
        { text: "I'd like us to be something again.", kind: 'letter' },
        { text: 'maybe we could start over and see?', kind: 'message' },
        { text: 'You were my everything and my best mate.', kind: 'letter' },
        { text: 'I want you back in my life. As a friend, I think, though perhaps as more.', kind: 'letter' },
      ],
      pass: [
        { text: "Never much of a letter writer, so you'll have to take this as it comes.", kind: 'letter' },
        { text: 'I missed your launch, and I know it broke something between us.', kind: 'letter' },
        { text: "I'm not sure how to start this, so I'll just start.", kind: 'letter' },
        { text: "I'd like to make amends to you in whatever way you'd find useful.", kind: 'letter' },
        { text: 'I would like us to be friends again.', kind: 'note' },
        {
          text:
            "Dear Bia,\n\nI hurt you and I'm sorry. I'd like us to be friends. If one day you'd like a friend " +
            "who knows where the figs are, I'll be glad.\n\nHenrique",
          kind: 'letter',
        },
        { text: 'Hi Ana, happy for you two. Whatever it is, have fun! Two tickets inside.\nBo', kind: 'note' },
        {
          text: 'Glad for you both. Not sure what your plans are for the holidays, but whatever it is, enjoy it!',
          kind: 'note',
        },
        { text: 'My best friend Sarah and her husband send their love.', kind: 'message' },
        { text: "Let's see what the weather does on Saturday.", kind: 'message' },
        { text: "God will do what's best for your mum, I'm sure.", kind: 'card' },
        { text: 'You were a good friend to my brother when he was ill.', kind: 'letter' },
        { text: 'I got some of it back from the insurance in the end.', kind: 'message' },
        { text: 'My best friend and partner in crime, Jen, says hi.', kind: 'message' },
        { text: "Send it however that works for you, post or email's fine.", kind: 'message' },
        { text: 'I could help in any way you need with the move.', kind: 'message' },
        { text: "Let's start over and see if the printer works this time.", kind: 'message' },
        { text: "I'd like us to be friends again, in any way that feels easy.", kind: 'letter' },
      ],
    },
  },
  {
    families: ['ambiguous.hedge', 'intent.vague'],
    severity: (context, match) =>
      aboutPlans(context, match) ? null : context.kind === 'letter' || context.kind === 'note' ? 'error' : 'warning',
  },
);
