import { wishesThemBack } from '../../language/detect/acknowledge';
import type { Rule } from '../../rule';
import { openingSpan } from '../whole-piece';

/**
 * The heartfelt letter says the writer would like the reader back in their life (guide step 5).
 * A letter that apologises, remembers and wishes them well, but never says what it hopes for,
 * leaves the reader to guess why it was sent.
 */
export const wish: Rule = {
  meta: {
    id: 'missing-element/wish',
    category: 'missing-element',
    severity: 'warning',
    step: 5,
    fixable: false,
    description: 'A letter that never says it would like them back in your life.',
    messages: {
      default:
        'This letter never says what you hope for. The guide asks the letter to say you would like them back in ' +
        'your life, and plainly whether as a friend or romantically: "I would like us to be friends again."',
    },
    examples: {
      kind: 'letter',
      flag: [
        {
          text:
            "Dear Sharon,\n\nI lied to you for most of our marriage and I'm sorry for all of it.\n\nI hope you're " +
            'doing well and that the kids are happy.\n\nGary',
          kind: 'letter',
        },
        {
          text:
            'Dear Rosa,\n\nI know I hurt you when I broke my promise about the move. I think of the fig tree and ' +
            'the hammock. I wanted you to know that.\n\nJavier',
          kind: 'letter',
        },
        {
          text:
            'hey wren,\n\n' +
            "i know i messed up and hurt u and i'm sorry, for real. i just keep thinking about u.\n\ncam",
          kind: 'letter',
        },
        {
          text:
            'Dear Callum,\n\nI was the one who walked away and I know that hurt you, and I am sorry. Work is fine, I ' +
            'suppose. I took up pottery, badly. Anyway. I just needed to write to you.\n\nIsla',
          kind: 'letter',
        },
        {
          text:
            'Dear Mr Okafor,\n\nI acknowledge that my conduct caused you considerable pain, and I apologise ' +
            'unreservedly. I trust that your practice continues to flourish.\n\nYours sincerely,\nAdaeze',
          kind: 'letter',
        },
        {
          text: "G'day Shaz,\n\nI stuffed up and I hurt you, no excuses. Hope the footy season's been kind.\n\nDazza",
          kind: 'letter',
        },
        {
          text:
            'Dear Li,\n\nI am very sorry I hurt you when I go back to Shanghai. I hope your ' +
            'mother is healthy.\n\nWei',
          kind: 'letter',
        },
      ],
      pass: [
        { text: 'Dear Noah,\n\nI am sorry I hurt you. I would like us to be friends again.\n\nInes', kind: 'letter' },
        {
          text: "Dear Jamie,\n\nI know I hurt you and I'm sorry. I want you back in my life.\n\nRobin",
          kind: 'letter',
        },
        {
          text:
            'Dear Tevita,\n\n' +
            "I know I hurt you when I left, and I'm sorry. Whatever we were, I want it back.\n\nSina",
          kind: 'letter',
        },
        {
          text:
            'Dear Obinna,\n\nI am sorry for the pain I caused you. Let us put the past behind us and start ' +
            'afresh.\n\nChioma',
          kind: 'letter',
        },
        {
          text:
            'Dear Yasmin,\n\n' +
            "I hurt you when I left, and I'm sorry. I've been thinking that we could start over.\n\nRami",
          kind: 'letter',
        },
        {
          text:
            "Hi Jonas,\n\nI'm sorry for how I behaved at the end. I'm not writing to ask for anything, and there's " +
            'no need to reply.\n\nMarta',
          kind: 'letter',
        },
        {
          text: 'Dear Arthur,\n\nI am sorry. Perhaps we might walk together on Sunday afternoons again.\n\nMuriel',
          kind: 'letter',
        },
        { text: 'Hi Noah, sorry about the mess. Hope you are well.', kind: 'card' },
        {
          text:
            'Dear Giorgos,\n\n' +
            "I'm sorry I hurt you. Let me take you to dinner at Vasilis's, like old times.\n\nEleni",
          kind: 'letter',
        },
        {
          text: "Dear Owen,\n\nI know I hurt you and I'm sorry. I'm open to whatever you want us to be.\n\nNell",
          kind: 'letter',
        },
      ],
    },
  },
  check(context) {
    if (context.kind !== 'letter' || context.signals.verdict !== 'unstated') return;
    if (wishesThemBack(context)) return;
    const span = openingSpan(context);
    if (span) context.report(span);
  },
};
