import { useId, useState } from 'react';
import type { Draft } from '../../../shared/ipc';
import type { Heard } from '../../../core/types';
import { HEARD_LABEL } from '../labels';

interface Props {
  draft: Draft;
  onRecord: (situation: { heard: Heard; partnerName?: string }) => Promise<void>;
}

/**
 * What mutual friends said (guide step 3), recorded whenever it comes: it is what moves the guide
 * on to step 4 (a new relationship) or step 5 (still hurt).
 */
export function FriendsNews({ draft, onRecord }: Props) {
  const [heard, setHeard] = useState<Heard>(draft.situation.heard);
  const [partner, setPartner] = useState(draft.situation.partnerName ?? '');
  const [saved, setSaved] = useState(false);
  const ids = { title: useId(), partner: useId() };
  const name = draft.recipient.name || 'they';
  const changed =
    heard !== draft.situation.heard ||
    (heard === 'new-relationship' && partner.trim() !== (draft.situation.partnerName ?? ''));

  return (
    <section className="panel friends-news" aria-labelledby={ids.title}>
      <h2 id={ids.title}>What mutual friends said</h2>
      <p className="muted small">
        <span className="step-badge small">Step 3</span> Quietly ask a friend you both trust how {name} is. Record it
        here, whenever you hear.
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setSaved(false);
          void onRecord({
            heard,
            ...(heard === 'new-relationship' && partner.trim() ? { partnerName: partner.trim() } : {}),
          }).then(() => setSaved(true));
        }}
      >
        <fieldset className="field">
          <legend className="visually-hidden">What mutual friends said</legend>
          <div className="choices">
            {(['unknown', 'new-relationship', 'still-hurt'] as Heard[]).map((h) => (
              <label key={h} className="choice">
                <input
                  type="radio"
                  name={`${ids.title}-heard`}
                  value={h}
                  checked={heard === h}
                  onChange={() => setHeard(h)}
                />
                {HEARD_LABEL[h]}
              </label>
            ))}
          </div>
        </fieldset>
        {heard === 'new-relationship' ? (
          <div className="field">
            <label htmlFor={ids.partner}>Their partner’s name, if you know it (optional)</label>
            <input
              id={ids.partner}
              type="text"
              autoComplete="off"
              value={partner}
              onChange={(e) => setPartner(e.target.value)}
            />
          </div>
        ) : null}
        <div className="actions">
          <button type="submit" disabled={!changed}>
            Record what they said
          </button>
          <span role="status">{saved && !changed ? 'Recorded. The guide’s advice follows it.' : ''}</span>
        </div>
      </form>
    </section>
  );
}
