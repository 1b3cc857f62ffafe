import { useId } from 'react';
import type { Draft } from '../../../../shared/ipc';
import { isFriendshipPiece, kindNoun } from '../../../../core/pieces/kinds';
import type { Intent } from '../../../../core/types';
import { INTENT_LABEL } from '../../labels';

interface Props {
  draft: Draft;
  onName: (which: 'recipient' | 'sender', value: string) => void;
  onIntent: (intent: Intent) => void;
}

/** Who it is to, how it is signed, and what the writer means by it. */
export function NameFields({ draft, onName, onIntent }: Props) {
  const ids = { to: useId(), from: useId(), intent: useId() };
  return (
    <div className="row">
      <div className="field">
        <label htmlFor={ids.to}>To</label>
        <input
          id={ids.to}
          type="text"
          data-field-input="recipient.name"
          value={draft.recipient.name}
          onChange={(e) => onName('recipient', e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.from}>Signed</label>
        <input
          id={ids.from}
          type="text"
          data-field-input="sender.name"
          value={draft.sender.name}
          onChange={(e) => onName('sender', e.target.value)}
        />
      </div>
      <fieldset className="field">
        <legend>You mean this as</legend>
        {isFriendshipPiece(draft.kind) ? (
          <p className="muted small">Friendship: a {kindNoun(draft.kind)} is always about friendship.</p>
        ) : (
          <div className="choices inline">
            {(['friendship', 'romantic'] as Intent[]).map((i) => (
              <label key={i} className="choice">
                <input
                  type="radio"
                  name={ids.intent}
                  value={i}
                  checked={draft.intent === i}
                  onChange={() => onIntent(i)}
                />
                {INTENT_LABEL[i]}
              </label>
            ))}
          </div>
        )}
      </fieldset>
    </div>
  );
}
