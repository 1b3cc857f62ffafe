import { memo, useId } from 'react';
import { isFriendshipPiece, kindNoun } from '../../../../core/pieces/kinds';
import type { Intent, Kind } from '../../../../core/types';
import { INTENT_LABEL } from '../../labels';

interface Props {
  recipient: string;
  sender: string;
  kind: Kind;
  intent: Intent;
  onName: (which: 'recipient' | 'sender', value: string) => void;
  onIntent: (intent: Intent) => void;
}

/** Who it is to, how it is signed, and what the writer means by it. */
export const NameFields = memo(function NameFields({ recipient, sender, kind, intent, onName, onIntent }: Props) {
  const ids = { to: useId(), from: useId(), intent: useId() };
  return (
    <div className="row">
      <div className="field">
        <label htmlFor={ids.to}>To</label>
        <input
          id={ids.to}
          type="text"
          data-field-input="recipient.name"
          value={recipient}
          onChange={(e) => onName('recipient', e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.from}>Signed</label>
        <input
          id={ids.from}
          type="text"
          data-field-input="sender.name"
          value={sender}
          onChange={(e) => onName('sender', e.target.value)}
        />
      </div>
      <fieldset className="field">
        <legend>You mean this as</legend>
        {isFriendshipPiece(kind) ? (
          <p className="muted small">Friendship: a {kindNoun(kind)} is always about friendship.</p>
        ) : (
          <div className="choices inline">
            {(['friendship', 'romantic'] as Intent[]).map((i) => (
              <label key={i} className="choice">
                <input type="radio" name={ids.intent} value={i} checked={intent === i} onChange={() => onIntent(i)} />
                {INTENT_LABEL[i]}
              </label>
            ))}
          </div>
        )}
      </fieldset>
    </div>
  );
});
