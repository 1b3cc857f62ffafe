import { memo } from 'react';
import type { VerdictIntent } from '../../../core/verdict/types';
import { READS_AS } from '../labels';

/**
 * "Reads as: friendship": what the words say, next to what the writer means. It reads the very
 * field of the verdict the checklist's intent item reads (`clear`), so the two never disagree.
 */
export const IntentIndicator = memo(function IntentIndicator({ intent }: { intent: VerdictIntent }) {
  const tone = intent.clear ? (intent.readsAs === 'unstated' ? 'neutral' : 'ok') : 'warn';
  const meant = intent.declared === 'romantic' ? 'romance' : 'friendship';
  return (
    <p
      className={`intent intent-${tone}`}
      role="status"
      aria-live="polite"
      data-detected={intent.readsAs}
      data-clear={intent.clear}
    >
      <span className="intent-label">Reads as:</span> <strong>{READS_AS[intent.readsAs]}</strong>
      {!intent.clear ? <span className="intent-note"> (you mean {meant})</span> : null}
    </p>
  );
});
