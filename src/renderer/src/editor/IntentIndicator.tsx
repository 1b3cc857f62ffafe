import type { IntentVerdict } from '../../../core/lint/types';
import type { Intent } from '../../../core/types';

const WORD: Record<IntentVerdict, string> = { friendship: 'friendship', romantic: 'romance', mixed: 'mixed: friendship and romance', unstated: 'nothing either way yet' };

/** "Reads as: friendship": what the words say, next to what the writer means. */
export function IntentIndicator({ detected, declared }: { detected: IntentVerdict; declared: Intent }) {
  const match = detected === declared;
  const tone = match ? 'ok' : detected === 'unstated' ? 'neutral' : 'warn';
  return (
    <p className={`intent intent-${tone}`} role="status" aria-live="polite" data-detected={detected}>
      <span className="intent-label">Reads as:</span> <strong>{WORD[detected]}</strong>
      {!match && detected !== 'unstated' ? <span className="intent-note"> (you mean {declared === 'friendship' ? 'friendship' : 'romance'})</span> : null}
    </p>
  );
}
