import { partnerReferences } from '../../language/partner';
import type { RuleContext } from '../../rule';

/** Does the text speak of a new partner at all (a name, a description, or a "he"/"she" no one else accounts for)? */
export function partnerSpokenOf(context: RuleContext): boolean {
  if (context.heard === 'new-relationship') return true;
  const refs = partnerReferences(context.analysis);
  return refs.mentions.length > 0 || refs.unexplained.size > 0;
}
