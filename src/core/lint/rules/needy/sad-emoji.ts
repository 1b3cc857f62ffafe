import { words } from '../../lexicon/words';
import type { Match } from '../../engine/matcher';
import { phraseRule, type RuleContext } from '../../rule';

const SYMPATHY = words(
  'sorry loss passed condolences rip funeral sympathy died death illness hospital poorly unwell diagnosis ' +
    'surgery grief grieving heartbreaking news',
);

/** The reader's illness or injury: a get-well card's crying face is sympathy too ("heard u got ur tonsils out 😭"). */
const AILMENTS = words(
  'tonsils appendix operation op surgery stitches cast crutches flu covid fever sick ill ' +
    'injury injured sprained fractured concussion chemo infection recovering recovery a&e er',
);
/** A get-well wish anywhere in the piece: "feel better soon", "get well soon", "speedy recovery". */
const GET_WELL = ['feel better', 'get well', 'speedy recovery', 'recover soon', 'get better'];

/** Joy the crying faces also carry: "iconic 😭🏆", "omg congrats 🥺". */
const JOY = words(
  'congrats congratulations iconic amazing omg proud cute adorable funny lol lmao haha hahaha won win winning ' +
    'best yay legend 🏆 🎉 🥳 😂 🤣',
);
const CAN_BE_JOY = new Set(['😭', '🥺']);

/** A piece that celebrates the reader: "happy bday!!", "congrats on the job". */
const CELEBRATION = words('birthday bday b-day congrats congratulations');
/** Sadness that makes the crying face the writer's own: "miss u 😭", "wish things were different 😭". */
const SORROW = words(
  'miss missing wish without alone lonely sad hurt hurts cry crying gone left us we sorry ex think thinking',
);

function inJoy(context: RuleContext, match: Match): boolean {
  const { tokens } = context.analysis;
  if (!CAN_BE_JOY.has(context.text.slice(match.start, match.end))) return false;
  const sentence = context.analysis.sentenceOf(match);
  let sorrow = false;
  for (let k = sentence.firstToken; k < sentence.endToken; k++) {
    const w = tokens[k]?.word ?? '';
    if (JOY.has(w)) return true;
    if (SORROW.has(w)) sorrow = true;
  }
  // "happy bday!! hope ur housemates do the dishes for once 😭": a laugh, in a celebration.
  if (sorrow) return false;
  for (const t of tokens) if (CELEBRATION.has(t.word)) return true;
  return false;
}

function inSympathy(context: RuleContext, match: Match): boolean {
  const { tokens } = context.analysis;
  const sentence = context.analysis.sentenceOf(match);
  for (let k = sentence.firstToken; k < sentence.endToken; k++) if (SYMPATHY.has(tokens[k]?.word ?? '')) return true;
  let ailment = false;
  for (let k = sentence.firstToken; k < sentence.endToken; k++) if (AILMENTS.has(tokens[k]?.word ?? '')) ailment = true;
  return ailment && getWell(context);
}

/** The piece wishes the reader well: "feel better soon!!". */
function getWell(context: RuleContext): boolean {
  const { tokens } = context.analysis;
  for (let k = 0; k + 1 < tokens.length; k++) {
    const pair = `${tokens[k]?.word ?? ''} ${tokens[k + 1]?.word ?? ''}`;
    if (GET_WELL.includes(pair)) return true;
  }
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
      flag: [
        'miss u 😭',
        'happy bday 😢😢 wish things were different',
        '💔💔💔',
        { text: 'Hi Sam,\nI was ill for a week after you left 😢 Hope you are well.\nJo', kind: 'card' },
        { text: 'happy bday!! miss u so much 😭', kind: 'card' },
        { text: 'Happy birthday. First one without you in six years 😭', kind: 'card' },
      ],
      pass: [
        'Congrats on the play 🎉',
        { text: 'So sorry to hear about your dad 💔', kind: 'card' },
        'omg your dog won the agility cup 😭 legend',
        {
          text: 'hiii noor\nheard u got ur tonsils out 😭 hope ur living on ice cream. feel better soon!!\nmaya',
          kind: 'card',
        },
        { text: 'Hi Sam,\nSo gutted about the sprained ankle 😢 Get well soon, mate.\nJo', kind: 'card' },
        { text: 'Hey Lee, heard the op went ok 🥺 speedy recovery x', kind: 'message' },
        {
          text: 'heyy luca\nhappy bday!! hope ur housemates actually do the dishes for once 😭\nbea',
          kind: 'card',
        },
        { text: 'Congrats on the new job! Your mum must be so proud. I still remember ur first day at the café 🥺' },
      ],
    },
  },
  {
    families: ['needy.suffering-emoji'],
    severity: (context, match) => (inSympathy(context, match) || inJoy(context, match) ? null : 'warning'),
    suggest: () => [{ label: 'Remove the emoji', replacement: '' }],
  },
);
