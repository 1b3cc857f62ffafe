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
        'This never mentions their new relationship. The guide suggests saying you know about it and that you are fine with it, so the friendship you offer is clearly just that.',
    },
  },
  check(context) {
    const relevant = context.kind === 'note' || (context.heard === 'new-relationship' && context.kind !== 'message');
    if (!relevant) return;
    const found = context.analysis.matches('acknowledgement.relationship').some((m) => !context.analysis.isNegated(m));
    if (found) return;
    const span = openingSpan(context);
    if (span) context.report(span);
  },
};
