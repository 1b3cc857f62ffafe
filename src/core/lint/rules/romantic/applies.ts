import type { RuleContext } from '../../rule';

/** Romantic wording is a problem only where friendship is meant: cards, notes, and pieces declared friendship. */
export const inFriendshipPiece = (context: RuleContext): boolean => context.friendshipPiece;
