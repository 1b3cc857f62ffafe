import { approvesRelationship } from '../../language/detect/acknowledge';
import { partnerReferences } from '../../language/partner';
import type { Rule } from '../../rule';
import { openingSpan } from '../whole-piece';

/** A note for someone in a new relationship should say you know, and that you are fine with it (step 4). */
export const acknowledgeRelationship: Rule = {
  meta: {
    id: 'missing-element/acknowledge-relationship',
    category: 'missing-element',
    severity: 'warning',
    step: 4,
    fixable: false,
    description: 'A new-relationship note that never mentions the relationship.',
    messages: {
      default:
        'This never mentions their new relationship. The guide suggests saying you know about it and that you ' +
        'are fine with it, so the friendship you offer is clearly just that.',
      approval:
        'This mentions their new relationship but never says you are fine with it. Say so plainly ("I am happy ' +
        'for you both"), so the friendship you offer is clearly just that.',
    },
    examples: {
      flag: [
        { text: 'Hi Noah,\nHere are two movie tickets. I would like to be friends.\nInes', kind: 'note' },
        {
          text:
            "Dear Andreea,\nI got the news about you and Matei. I won't lie and say I'm happy about it. Still, " +
            'here are two tickets. I want to be friends.\nRadu',
          kind: 'note',
        },
        {
          text: "Hi Evan,\nI know you're with Lauren now. I'm not okay with it, if I'm honest. Two tickets.\nKate",
          kind: 'note',
        },
        {
          text: 'Dear Omar,\nI heard that you are married now. I cannot pretend I am glad. Two tickets inside.\nHuda',
          kind: 'note',
        },
        {
          text: 'Hi Noah,\nCongratulations on the new flat. It would be lovely to be friends again.\nInes',
          kind: 'note',
        },
      ],
      pass: [
        {
          text: 'Hi Noah,\nI heard you and Lena are together. I am glad for you. I would like to be friends.\nInes',
          kind: 'note',
        },
        {
          text:
            "Hey Noah,\nHeard through Tash that you and Mel are going strong. Good on ya, I'm sweet with " +
            'it.\nDanni',
          kind: 'note',
        },
        { text: "Hi Noah,\nI know you're with Lena and I accept it. Two passes are inside.\nInes", kind: 'note' },
        {
          text:
            'Dear Tom,\nI heard you got married. Congratulations! Your new bride is a lucky woman. Here are two ' +
            'tickets. I would like to be friends.\nAnn',
          kind: 'note',
        },
        {
          text: 'Hi Raj,\nHeard you and Priya tied the knot, congrats to you both. Two tickets inside. Friends?\nMeena',
          kind: 'note',
        },
        {
          text: "hey kai\nheard about you and jess. congrats!! she's a lovely girl fr. 2 tix inside\nmo",
          kind: 'note',
        },
      ],
    },
  },
  check(context) {
    const relevant = context.kind === 'note' || (context.heard === 'new-relationship' && context.kind !== 'message');
    if (!relevant) return;
    const { analysis } = context;
    const mentioned =
      analysis.matches('acknowledgement.relationship').some((m) => !analysis.isNegated(m)) ||
      partnerReferences(analysis).mentions.length > 0;
    const approved =
      analysis.matches('acknowledgement.approval').some((m) => !analysis.isNegated(m)) || approvesRelationship(context);
    if (mentioned && approved) return;
    const span = openingSpan(context);
    // Naming the couple already acknowledges them: saying you are fine with it is then advice, unless
    // the note says it is not fine ("I'm not okay with it", "I cannot pretend I am glad").
    const denied =
      analysis.matches('acknowledgement.approval').some((m) => analysis.isNegated(m)) ||
      analysis.matches('acknowledgement.denied').length > 0;
    if (!span) return;
    if (!mentioned) context.report(span);
    else context.report({ ...span, messageId: 'approval', ...(denied ? {} : { severity: 'info' as const }) });
  },
};
