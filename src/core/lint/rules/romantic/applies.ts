import type { RuleContext } from '../../rule';

/** Romantic wording is a problem only where friendship is meant: cards, notes, and pieces declared friendship. */
export const inFriendshipPiece = (context: RuleContext): boolean => context.friendshipPiece;

/**
 * Where friendship is meant (a friendship piece, or a letter with no declared intent whose own
 * words offer only friendship, as the intent reading takes it), or a short message with no
 * declared intent that does not itself ask for romance: a first friendly try (step 1). There a pet
 * name, a compliment on their looks or a fond memory of a night together says more than the writer
 * means; longing ("do you think about us?") in a message is left to the needy and intent checks.
 */
export const inFriendlyPiece = (context: RuleContext): boolean =>
  context.friendshipPiece ||
  (context.kind === 'letter' && context.declared === null && context.signals.verdict === 'friendship') ||
  (context.kind === 'message' &&
    context.declared === null &&
    context.signals.verdict !== 'romantic' &&
    context.signals.verdict !== 'mixed');
