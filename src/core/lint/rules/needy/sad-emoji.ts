import { words } from '../../lexicon/words';
import type { Match } from '../../engine/matcher';
import { phraseRule, type RuleContext } from '../../rule';

const SYMPATHY = words(
  'sorry loss passed condolences rip funeral sympathy died death illness hospital poorly unwell diagnosis ' +
    'surgery grief grieving heartbreaking news',
);

/** Joy the crying faces also carry: "iconic 😭🏆", "omg congrats 🥺". */
const JOY = words(
  'congrats congratulations iconic amazing omg proud cute adorable funny lol lmao haha hahaha won win winning ' +
    'best yay legend 🏆 🎉 🥳 😂 🤣',
);
const CAN_BE_JOY = new Set(['😭', '🥺']);

function inJoy(context: RuleContext, match: Match): boolean {
  const { tokens } = context.analysis;
  if (!CAN_BE_JOY.has(context.text.slice(match.start, match.end))) return false;
  const sentence = context.analysis.sentenceOf(match);
  for (let k = sentence.firstToken; k < sentence.endToken; k++) if (JOY.has(tokens[k]?.word ?? '')) return true;
  return false;
}

function inSympathy(context: RuleContext, match: Match): boolean {
  const { tokens } = context.analysis;
  const sentence = context.analysis.sentenceOf(match);
  for (let k = sentence.firstToken; k < sentence.endToken; k++) if (SYMPATHY.has(tokens[k]?.word ?? '')) return true;
  return false;
}

/**
 * Crying and broken-heart emoji: sadness aimed at the reader, unless the sentence is sympathy for
 * their loss ("so sorry about your dad 💔"), where it is what it should be.
 */
export const sadEmoji = phraseRule(
  {
    id: 'needy/sad-emoji',
    category: 'needy',
    severity: 'warning',
    step: 'by-kind',
    fixable: true,
    description: 'Crying or broken-heart emoji.',
    messages: {
      default: '{{phrase}} reads as sadness aimed at them. Leave it out and let the words carry the warmth.',
    },
    examples: {
      flag: ['miss u 😭', 'happy bday 😢😢 wish things were different', '💔💔💔'],
      pass: [
        'Congrats on the play 🎉',
        { text: 'So sorry to hear about your dad 💔', kind: 'card' },
        'omg your dog won the agility cup 😭 legend',
      ],
    },
  },
  {
    families: ['needy.suffering-emoji'],
    severity: (context, match) => (inSympathy(context, match) || inJoy(context, match) ? null : 'warning'),
    suggest: () => [{ label: 'Remove the emoji', replacement: '' }],
  },
);
