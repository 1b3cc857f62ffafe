/**
 * What the piece reads as, every open finding counted: the linter's intent verdict reads the
 * statements of intent, and leaves out the sign-off and hedges; a friendship card signed "all my
 * love, xoxo" or a letter that says "let's see where things go" does not read as plain friendship.
 */
import type { IntentVerdict } from '../lint/types';
import { isFriendshipPiece } from '../pieces/kinds';
import type { Intent, Kind } from '../types';
import type { IntentReading, VerdictFinding, VerdictIntent } from './types';

const counts = (f: VerdictFinding, category: string) =>
  f.parts.some((p) => p.category === category && p.severity !== 'info');

export function readIntent(
  kind: Kind,
  declared: Intent | null,
  detected: IntentVerdict,
  open: readonly VerdictFinding[],
): VerdictIntent {
  const hedged = open.some((f) => counts(f, 'ambiguous-intent'));
  const romanticWords = open.some((f) => counts(f, 'romantic'));
  const friendship = declared === 'friendship' || isFriendshipPiece(kind);
  let readsAs: IntentReading = detected;
  if (detected !== 'mixed') {
    if (romanticWords && friendship) readsAs = detected === 'friendship' ? 'mixed' : 'romantic';
    else if (hedged) readsAs = 'unclear';
  }
  let clear: boolean;
  if (isFriendshipPiece(kind)) clear = readsAs === 'friendship' || readsAs === 'unstated';
  else if (declared === null) clear = readsAs !== 'unclear' && readsAs !== 'mixed';
  else if (kind === 'letter') clear = readsAs === declared;
  else clear = readsAs === declared || readsAs === 'unstated';
  return { declared: declared ?? (isFriendshipPiece(kind) ? 'friendship' : null), detected, readsAs, clear };
}
