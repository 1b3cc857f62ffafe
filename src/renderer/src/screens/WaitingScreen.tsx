import { useEffect, useId, useRef, useState } from 'react';
import type { ContactEntry, CreateDraftPayload, Draft, GuideResult } from '../../../shared/ipc';
import { contactReview, lastReachedOut } from '../../../core/guide/contact';
import { whenAgo } from '../../../core/guide';
import { kindNoun } from '../../../core/pieces/kinds';
import { olive, unwrap } from '../api';
import { sameRecipient, type OpenDoc } from '../document';
import { useScreenFocus } from '../hooks/useScreenFocus';
import { PIECE_LABEL, daysBetween, formatDate, plural } from '../labels';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ContactLog } from '../waiting/ContactLog';
import { FriendsNews } from '../waiting/FriendsNews';

interface Props {
  doc: OpenDoc;
  onChange: (change: (draft: Draft) => Draft) => void;
  onSave: () => Promise<string | null>;
  onHome: () => void;
  onNewDraft: () => void;
  /** Starts the piece the guide now suggests, to the same person. */
  onCreate: (payload: CreateDraftPayload) => void;
  onError: (error: unknown) => void;
}

export function WaitingScreen({ doc, onChange, onSave, onHome, onNewDraft, onCreate, onError }: Props) {
  const { draft } = doc;
  const mailedAt = draft.mailedAt;
  const [guide, setGuide] = useState<GuideResult | null>(null);
  const [log, setLog] = useState<ContactEntry[] | null>(null);
  const [warn, setWarn] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const adviceId = useId();
  useScreenFocus(heading);

  useEffect(() => {
    unwrap(olive().contacts.get())
      .then((contacts) => setLog(contacts.entries))
      .catch(onError);
  }, [onError]);

  const theirs = (log ?? []).filter((e) => sameRecipient(e.recipient, draft.recipient.name));
  const reachedOut = mailedAt ? lastReachedOut(theirs, new Date(mailedAt)) : undefined;
  const reachedAt = reachedOut?.toISOString();
  const { unanswered, heard } = draft.situation;
  useEffect(() => {
    if (log === null) return;
    let live = true;
    unwrap(
      olive().guide.recommend({
        unanswered,
        heard,
        want: draft.intent,
        pronouns: draft.recipient.pronouns,
        ...(mailedAt ? { mailed: { date: mailedAt, kind: draft.kind } } : {}),
        ...(reachedAt ? { reachedOut: reachedAt } : {}),
      }),
    )
      .then((advice) => live && setGuide(advice))
      .catch(onError);
    return () => {
      live = false;
    };
  }, [log, unanswered, heard, draft.intent, draft.kind, draft.recipient.pronouns, mailedAt, reachedAt, onError]);

  const days = guide?.daysSinceMailed ?? (mailedAt ? daysBetween(mailedAt) : 0);
  const next = guide?.recommendation;
  const waiting = next?.kind === 'wait' || (guide?.waitDaysLeft ?? 0) > 0;
  const broken = mailedAt
    ? contactReview(theirs, { date: new Date(mailedAt), kind: draft.kind }, draft.recipient.pronouns)
    : null;
  const piece = kindNoun(draft.kind);

  const startNext = () => {
    if (!next || next.kind === 'wait' || next.kind === 'answer') return;
    const templateId = next.templates[0];
    if (!templateId) return onNewDraft();
    onCreate({
      templateId,
      recipientName: draft.recipient.name,
      pronouns: draft.recipient.pronouns,
      senderName: draft.sender.name,
      intent: next.kind === 'letter' ? draft.intent : 'friendship',
      situation: draft.situation,
    });
  };

  return (
    <div className="waiting">
      <section className="panel waiting-hero" aria-labelledby="wait-title">
        <h1 id="wait-title" ref={heading} tabIndex={-1}>
          {next?.kind === 'answer' ? `${draft.recipient.name} reached out.` : 'Now, let it be.'}
        </h1>
        {mailedAt ? (
          <p className="days" aria-live="polite">
            <span className="days-number">{days}</span>
            <span className="days-label">
              {days === 1 ? 'day' : 'days'} since your {piece} to {draft.recipient.name} went out on{' '}
              {formatDate(mailedAt)}
            </span>
          </p>
        ) : (
          <p>This draft has not been mailed yet.</p>
        )}
        {guide?.waitDaysLeft !== undefined ? (
          <p className="muted">
            The guide suggests about {plural(guide.waitDaysLeft, 'more day')} before any other step.
          </p>
        ) : null}
      </section>

      <div className="export-grid">
        <section className="panel advice" aria-labelledby={adviceId}>
          <h2 id={adviceId}>The guide’s advice</h2>
          {broken ? (
            <p className="gentle-note" role="note">
              <span className="step-badge small">Step {broken.step}</span> {broken.text}
            </p>
          ) : null}
          {guide && next ? (
            <>
              <p className="step-line">
                <span className="step-badge">Step {next.step}</span> <strong>{PIECE_LABEL[next.kind]}</strong>
              </p>
              <ul className="reasons">
                {[...guide.reasons, ...guide.cautions].map((n) => (
                  <li key={n.text}>
                    <span className="step-badge small">Step {n.step}</span> {n.text}
                  </li>
                ))}
              </ul>
              {next.kind !== 'wait' && next.kind !== 'answer' ? (
                <button type="button" className="primary" onClick={startNext}>
                  Write the {PIECE_LABEL[next.kind].toLowerCase()}
                  {guide.waitDaysLeft ? ' (to post later)' : ''}
                </button>
              ) : null}
            </>
          ) : (
            <p className="muted">Loading…</p>
          )}
        </section>

        <FriendsNews
          draft={draft}
          onRecord={async (situation) => {
            onChange((d) => ({ ...d, situation: { ...d.situation, ...situation } }));
            if (doc.path) await onSave();
          }}
        />
      </div>

      <ContactLog draft={draft} entries={log} onEntries={setLog} onError={onError} />

      <div className="actions">
        <button type="button" className="primary" onClick={onHome}>
          Back to home
        </button>
        <button type="button" onClick={() => (waiting ? setWarn(true) : onNewDraft())}>
          Start a new draft…
        </button>
      </div>

      {warn ? (
        <ConfirmDialog
          title="You are still in the waiting period"
          body={
            <p>
              Your {piece} to {draft.recipient.name} went out {whenAgo(days)}.
              {guide?.waitDaysLeft !== undefined
                ? ` The guide suggests about ${plural(guide.waitDaysLeft, 'more day')} of quiet.`
                : ' After a letter, the next move is theirs.'}{' '}
              Writing to someone else is fine; another piece to {draft.recipient.name} now could feel like pressure.
            </p>
          }
          actions={[
            { label: 'Keep waiting', primary: true, run: () => setWarn(false) },
            {
              label: 'Start a new draft anyway',
              run: () => {
                setWarn(false);
                onNewDraft();
              },
            },
          ]}
          onCancel={() => setWarn(false)}
        />
      ) : null}
    </div>
  );
}
