import type { Kind } from '../../../core/types';
import type { LintCategory } from '../../../core/lint/types';
import type { DeskLint } from './deskLint';

interface Check {
  label: string;
  ok: boolean;
}

function has(lint: DeskLint, ...categories: LintCategory[]): boolean {
  return lint.result.diagnostics.some((d) => categories.includes(d.category) && d.severity !== 'info');
}

/** What "ready to mail" means for each kind of piece, read off the linter's findings. */
export function checksFor(kind: Kind, lint: DeskLint, declared: 'friendship' | 'romantic', requiredMissing: string[]): Check[] {
  const detected = lint.result.intent.detected;
  const filled: Check = { label: requiredMissing.length ? `Fill in: ${requiredMissing.join(', ')}` : 'Every needed part is filled in', ok: requiredMissing.length === 0 };
  const notNeedy: Check = { label: 'Nothing needy or pleading', ok: !has(lint, 'needy') };
  const noAsks: Check = { label: 'No asks: no reply, call or meeting requested', ok: !has(lint, 'pressure') };
  const noBlame: Check = { label: 'No blame or guilt', ok: !has(lint, 'blame') };
  const friendshipOnly: Check = { label: 'About friendship only, nothing romantic', ok: !has(lint, 'romantic') && detected !== 'romantic' && detected !== 'mixed' };
  const signed: Check = { label: 'Signed with just your name', ok: !has(lint, 'signature') };
  switch (kind) {
    case 'message':
      return [filled, { label: 'Short and light', ok: !has(lint, 'length') }, noAsks, notNeedy, noBlame];
    case 'card':
      return [filled, friendshipOnly, notNeedy, noAsks, signed];
    case 'note':
      return [
        filled,
        { label: 'Says you know about the relationship, and are fine with it', ok: !has(lint, 'missing-element') },
        { label: 'Kind about their partner', ok: !has(lint, 'new-partner') },
        friendshipOnly,
        noAsks,
        signed,
      ];
    case 'letter':
      return [
        filled,
        { label: 'Acknowledges the hurt you caused', ok: !has(lint, 'missing-element') },
        {
          label: `Clear that you mean ${declared === 'friendship' ? 'friendship' : 'romance'}`,
          ok: !has(lint, 'ambiguous-intent') && detected === declared && (declared === 'romantic' || !has(lint, 'romantic')),
        },
        { label: 'No asks, not even a casual “call me”', ok: !has(lint, 'pressure') },
        notNeedy,
        noBlame,
      ];
  }
}

export function Checklist({ checks, title }: { checks: Check[]; title: string }) {
  const done = checks.filter((c) => c.ok).length;
  const ready = done === checks.length;
  return (
    <section className="panel checklist" aria-labelledby="checklist-title">
      <h2 id="checklist-title">
        {title} <span className={`count ${ready ? 'count-ok' : ''}`}>{ready ? 'Yes' : `${done} of ${checks.length}`}</span>
      </h2>
      <ul className="plain-list">
        {checks.map((c) => (
          <li key={c.label} className={c.ok ? 'check ok' : 'check todo'}>
            <span className="check-mark" aria-hidden="true">
              {c.ok ? '✓' : '○'}
            </span>
            <span>
              <span className="visually-hidden">{c.ok ? 'Done: ' : 'Not yet: '}</span>
              {c.label}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
