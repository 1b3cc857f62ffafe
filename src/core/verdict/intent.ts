/**
 * What the piece reads as, every open finding counted: the statements of intent read with the
 * romantic wording the writer keeps open (the linter's own reading, src/core/lint/intent.ts), and
 * hedges ("let's see where things go") read as unclear.
 */
import { readingOf } from '../lint/intent';
import type { IntentVerdict } from '../lint/types';
import { isFriendshipPiece } from '../pieces/kinds';
import type { Intent, Kind } from '../types';
import type { IntentReading, VerdictFinding, VerdictIntent } from './types';

const counts = (f: VerdictFinding, category: string) =>
  f.parts.some((p) => p.category === category && p.severity !== 'info');

export function readIntent(
  kind: Kind,
  declared: Intent | null,
  stated: IntentVerdict,
  open: readonly VerdictFinding[],
): VerdictIntent {
  const hedged = open.some((f) => counts(f, 'ambiguous-intent'));
  const detected = readingOf(
    kind,
    declared,
    stated,
    open.flatMap((f) => f.parts),
  );
  let readsAs: IntentReading = detected;
  if (detected === stated && detected !== 'mixed' && hedged) readsAs = 'unclear';
  let clear: boolean;
  if (isFriendshipPiece(kind)) clear = readsAs === 'friendship' || readsAs === 'unstated';
  else if (declared === null) clear = readsAs !== 'unclear' && readsAs !== 'mixed';
  else if (kind === 'letter') clear = readsAs === declared;
  else clear = readsAs === declared || readsAs === 'unstated';
  return { declared: declared ?? (isFriendshipPiece(kind) ? 'friendship' : null), detected, readsAs, clear };
}
