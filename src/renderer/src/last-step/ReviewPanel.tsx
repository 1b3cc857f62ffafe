import type { Verdict } from '../../../core/verdict/types';
import { lastStep } from '../../../core/pieces/kinds';
import { CATEGORY_LABEL } from '../labels';

interface Props {
  verdict: Verdict | null;
  /** The writer chose to send it as it is. */
  confirmed: boolean;
  onConfirm: () => void;
  onBack: () => void;
}

/** Nothing open and nothing kept: the last step may go on without asking. */
export function isClean(verdict: Verdict | null): boolean {
  return verdict !== null && verdict.ready && verdict.kept.length === 0;
}

const MAIL_IT = 'Save the PDF or print it';
const SEND_IT = 'Send it your usual way';

const short = (text: string) => (text.length > 90 ? `${text.slice(0, 90)}…` : text);

/**
 * The last look before it goes: what is still open (needed fields, checks, wording), what was kept
 * on purpose, and an explicit choice: back to writing, or send it as it is.
 */
export function ReviewPanel({ verdict, confirmed, onConfirm, onBack }: Props) {
  if (!verdict) return <p className="panel muted">Reading it over once more…</p>;
  const step = lastStep(verdict.kind);
  const clean = isClean(verdict);
  const failing = verdict.checks.filter((c) => !c.ok);
  return (
    <section
      className={`panel review ${clean ? 'review-clean' : 'review-open'}`}
      aria-labelledby="review-title"
      data-ready={verdict.ready}
    >
      <h2 id="review-title">{clean ? step.ready.replace('?', ': yes') : 'Before it goes'}</h2>
      {/* Clean, the heading already says it is ready: the line says what is left to do instead. */}
      <p className="verdict-line">
        {clean ? `${step.verb === 'mail' ? MAIL_IT : SEND_IT}, then mark it as ${step.done}.` : verdict.headline}
      </p>
      {failing.length ? (
        <>
          <h3>Still open</h3>
          <ul className="review-list">
            {failing.map((c) => (
              <li key={c.id} data-check={c.id}>
                {c.label}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {verdict.findings.length ? (
        <ul className="plain-list review-findings" aria-label="Wording still open">
          {verdict.findings.map((f) => (
            <li key={f.id}>
              <span className="tag">{f.categories.map((c) => CATEGORY_LABEL[c] ?? c).join(', ')}</span>{' '}
              {f.excerpt.trim() ? (
                <q>{short(f.excerpt.trim())}</q>
              ) : (
                <span className="muted">{f.parts[0]?.message}</span>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {verdict.kept.length ? (
        <>
          <h3>Kept on purpose</h3>
          <ul className="plain-list review-findings" aria-label="Kept on purpose">
            {verdict.kept.map((f) => (
              <li key={f.id}>
                <span className="tag">{f.categories.map((c) => CATEGORY_LABEL[c] ?? c).join(', ')}</span>{' '}
                {f.excerpt.trim() ? <q>{short(f.excerpt.trim())}</q> : null}{' '}
                <span className="muted small">
                  {f.kept === 'switched-off' ? '(check turned off)' : '(you chose to keep it)'}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {clean ? null : confirmed ? (
        <p className="confirmed" role="status">
          You chose to send it as it is. The {step.action.toLowerCase()} steps below are open.
        </p>
      ) : (
        <div className="actions">
          <button type="button" className="primary" onClick={onBack}>
            Back to writing
          </button>
          <button type="button" onClick={onConfirm}>
            Send it as it is
          </button>
        </div>
      )}
    </section>
  );
}
