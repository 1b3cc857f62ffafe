import { memo } from 'react';
import type { PlacedFix, Verdict, VerdictFinding } from '../../../core/verdict/types';
import { CATEGORY_LABEL, CATEGORY_MARK, CATEGORY_ORDER, plural } from '../labels';
import { findingFixes } from './findingFixes';

export interface FindingActions {
  fieldLabel: (field: string | null) => string;
  onShow: (finding: VerdictFinding) => void;
  onFix: (finding: VerdictFinding, fix: PlacedFix) => void;
  onIgnore: (finding: VerdictFinding) => void;
  onSwitchOff: (finding: VerdictFinding) => void;
  onBringBack: (finding: VerdictFinding) => void;
}

const SEVERITY_LABEL = { error: 'Needs a change', warning: 'Worth a look', info: 'A thought' } as const;

function short(text: string): string {
  return text.length > 140 ? `${text.slice(0, 140)}…` : text;
}

/** "in your message", or "about the whole card". */
function where(finding: VerdictFinding, actions: FindingActions): string {
  return finding.scope === 'piece'
    ? `about the whole piece; write it in ${actions.fieldLabel(finding.field)}`
    : `in ${actions.fieldLabel(finding.field)}`;
}

function OpenFinding({ finding, actions }: { finding: VerdictFinding; actions: FindingActions }) {
  const several = finding.categories.length > 1;
  const messages = [...new Map(finding.parts.map((p) => [p.message, p])).values()];
  return (
    <li
      className={`issue severity-${finding.severity}`}
      data-rule={finding.parts[0]?.rule}
      data-categories={finding.categories.join(' ')}
    >
      <p className="issue-head">
        <span className={`severity-tag sev-${finding.severity}`}>{SEVERITY_LABEL[finding.severity]}</span>
        <span className="step-badge small">Step {finding.step}</span>
        <span className="muted small">{where(finding, actions)}</span>
      </p>
      {finding.excerpt.trim() ? <blockquote className="excerpt">{short(finding.excerpt.trim())}</blockquote> : null}
      {messages.map((p) => (
        <p key={p.message} className="issue-msg">
          {several ? (
            <strong className={`issue-cat cat-${p.category}`}>{CATEGORY_LABEL[p.category] ?? p.category}: </strong>
          ) : null}
          {p.message}
        </p>
      ))}
      <div className="issue-actions">
        {finding.field !== null ? (
          <button type="button" className="quiet" onClick={() => actions.onShow(finding)}>
            {finding.scope === 'piece' ? 'Go to the field' : 'Show'}
          </button>
        ) : null}
        {findingFixes(finding).map((fix) => (
          <button key={fix.label} type="button" className="fix" onClick={() => actions.onFix(finding, fix)}>
            {fix.label}
          </button>
        ))}
        <button type="button" className="quiet" onClick={() => actions.onIgnore(finding)}>
          Ignore
        </button>
        <button
          type="button"
          className="quiet"
          onClick={() => actions.onSwitchOff(finding)}
          aria-label={`Turn off this check (${[...new Set(finding.parts.map((p) => p.rule))].join(', ')})`}
        >
          Turn off this check
        </button>
      </div>
    </li>
  );
}

function KeptFinding({ finding, actions }: { finding: VerdictFinding; actions: FindingActions }) {
  return (
    <li className="kept-item" data-rule={finding.parts[0]?.rule} data-kept={finding.kept}>
      <p className="issue-head">
        <span className="tag">{finding.categories.map((c) => CATEGORY_LABEL[c] ?? c).join(', ')}</span>
        <span className="muted small">
          {where(finding, actions)} · {finding.kept === 'switched-off' ? 'check turned off' : 'you chose to keep it'}
        </span>
      </p>
      {finding.excerpt.trim() ? <blockquote className="excerpt">{short(finding.excerpt.trim())}</blockquote> : null}
      <button type="button" className="quiet" onClick={() => actions.onBringBack(finding)}>
        {finding.kept === 'switched-off' ? 'Turn the check back on' : 'Bring it back'}
      </button>
    </li>
  );
}

/**
 * Keys that survive typing: a finding's id holds its offsets, which move with every key before or
 * inside it, and a new key would rebuild its whole item. Its rules, field and place among the
 * findings like it keep the item, and only what changed in it is redrawn.
 */
function itemKeys(findings: readonly VerdictFinding[]): Map<VerdictFinding, string> {
  const seen = new Map<string, number>();
  const keys = new Map<VerdictFinding, string>();
  for (const f of findings) {
    const base = `${[...new Set(f.parts.map((p) => p.rule))].sort().join('+')}@${f.field ?? ''}:${f.scope}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    keys.set(f, `${base}#${n}`);
  }
  return keys;
}

/** Every open finding, grouped by category, with the tooltip's actions; then what was kept on purpose. */
export const IssuesPanel = memo(function IssuesPanel({
  verdict,
  actions,
}: {
  verdict: Verdict;
  actions: FindingActions;
}) {
  const open = verdict.findings;
  const groups = CATEGORY_ORDER.map((category) => ({
    category,
    items: open.filter((f) => f.categories[0] === category),
  })).filter((g) => g.items.length > 0);
  const kept = verdict.kept;
  const keys = itemKeys([...open, ...kept]);
  const count =
    open.length > 0
      ? plural(open.length, 'note')
      : kept.length > 0
        ? `nothing open · ${kept.length} kept on purpose`
        : 'all clear';
  return (
    <section className="panel issues" aria-labelledby="issues-title">
      <h2 id="issues-title">
        Wording <span className="count">{count}</span>
      </h2>
      <div aria-live="polite" className="visually-hidden">
        {open.length === 0
          ? kept.length
            ? `No open wording notes; ${plural(kept.length, 'kept on purpose', 'kept on purpose')}.`
            : 'No wording notes.'
          : `${plural(open.length, 'wording note')}.`}
      </div>
      {open.length === 0 && kept.length === 0 ? (
        <p className="muted">Nothing needy, pressuring or unclear found. Read it aloud once more, slowly.</p>
      ) : null}
      {groups.map((group) => (
        <div key={group.category} className="issue-group" data-category={group.category}>
          <h3>
            <span className={`legend ob-mark ob-mark-${group.category}`} aria-hidden="true">
              abc
            </span>{' '}
            {CATEGORY_LABEL[group.category] ?? group.category}{' '}
            <span className="muted small">({CATEGORY_MARK[group.category]})</span>
          </h3>
          <ul className="plain-list">
            {group.items.map((finding) => (
              <OpenFinding key={keys.get(finding)} finding={finding} actions={actions} />
            ))}
          </ul>
        </div>
      ))}
      {kept.length > 0 ? (
        <div className="kept" aria-labelledby="kept-title">
          <h3 id="kept-title">Kept on purpose ({kept.length})</h3>
          <p className="muted small">
            Still in your words, by your choice. The checklist counts them as kept, not as fixed.
          </p>
          <ul className="plain-list">
            {kept.map((finding) => (
              <KeptFinding key={keys.get(finding)} finding={finding} actions={actions} />
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
});
