import { memo, useId } from 'react';
import type { Draft } from '../../../../shared/ipc';

/** The two addresses for the envelope, folded away until wanted. */
export const EnvelopeFields = memo(function EnvelopeFields({
  recipient,
  sender,
  onChange,
}: {
  /** Their address and the writer's own, as typed. */
  recipient: string;
  sender: string;
  onChange: (change: (draft: Draft) => Draft) => void;
}) {
  const to = useId();
  const back = useId();
  return (
    <details className="envelope-fields">
      <summary>Envelope addresses</summary>
      <div className="row">
        <div className="field">
          <label htmlFor={to}>Their address</label>
          <textarea
            id={to}
            rows={4}
            value={recipient}
            onChange={(e) => onChange((d) => ({ ...d, recipient: { ...d.recipient, address: e.target.value } }))}
          />
        </div>
        <div className="field">
          <label htmlFor={back}>Your return address</label>
          <textarea
            id={back}
            rows={4}
            value={sender}
            onChange={(e) => onChange((d) => ({ ...d, sender: { ...d.sender, address: e.target.value } }))}
          />
        </div>
      </div>
    </details>
  );
});
