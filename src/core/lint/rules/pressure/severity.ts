import type { Match } from '../../engine/matcher';
import type { RuleContext } from '../../rule';
import type { Severity, Suggestion } from '../../types';

/**
 * An ask softened into an offer ("call me if you ever want to") is advice only, except in a
 * letter: after the letter the guide says to wait, so even a soft ask is worth a warning.
 */
export function askSeverity(context: RuleContext, match: Match, hard: Severity): Severity {
  if (context.analysis.isSoftened(match)) return context.kind === 'letter' ? 'warning' : 'info';
  return hard;
}

export const OPEN_DOOR = "If you ever feel like talking, I'd be glad.";

export function removeOrOpenDoor(context: RuleContext): Suggestion[] {
  const fixes: Suggestion[] = [{ label: 'Remove this sentence', replacement: '' }];
  if (context.kind !== 'letter') fixes.push({ label: 'Leave the door open instead', replacement: `${OPEN_DOOR} ` });
  return fixes;
}
