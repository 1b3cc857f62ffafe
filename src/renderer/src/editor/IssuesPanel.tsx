import type { DeskDiagnostic } from './deskLint';
import { CATEGORY_LABEL, CATEGORY_MARK, CATEGORY_ORDER, plural } from '../labels';

interface Props {
  items: DeskDiagnostic[];
  fieldLabel: (field: string | null) => string;
  onShow: (item: DeskDiagnostic) => void;
  onFix: (item: DeskDiagnostic, replacement: string) => void;
  onIgnore: (item: DeskDiagnostic) => void;
  onDisable: (rule: string) => void;
}

const SEVERITY_LABEL = { error: 'Needs a change', warning: 'Worth a look', info: 'A thought' } as const;

/** Every finding, grouped by category, each with the same actions the underline's tooltip offers. */
export function IssuesPanel({ items, fieldLabel, onShow, onFix, onIgnore, onDisable }: Props) {
  const groups = CATEGORY_ORDER.map((category) => ({ category, items: items.filter((i) => i.diagnostic.category === category) })).filter((g) => g.items.length > 0);
  return (
    <section className="panel issues" aria-labelledby="issues-title">
      <h2 id="issues-title">
        Wording <span className="count">{items.length === 0 ? 'all clear' : plural(items.length, 'note')}</span>
      </h2>
      <div aria-live="polite" className="visually-hidden">
        {items.length === 0 ? 'No wording notes.' : `${plural(items.length, 'wording note')}.`}
      </div>
      {groups.length === 0 ? <p className="muted">Nothing needy, pressuring or unclear found. Read it aloud once more, slowly.</p> : null}
      {groups.map((group) => (
        <div key={group.category} className="issue-group" data-category={group.category}>
          <h3>
            <span className={`legend ob-mark ob-mark-${group.category}`} aria-hidden="true">
              abc
            </span>{' '}
            {CATEGORY_LABEL[group.category] ?? group.category} <span className="muted small">({CATEGORY_MARK[group.category]})</span>
          </h3>
          <ul className="plain-list">
            {group.items.map((item) => {
              const d = item.diagnostic;
              return (
                <li key={item.key} className={`issue severity-${d.severity}`} data-rule={d.rule}>
                  <p className="issue-head">
                    <span className={`severity-tag sev-${d.severity}`}>{SEVERITY_LABEL[d.severity]}</span>
                    <span className="step-badge small">Step {d.step}</span>
                    <span className="muted small">in {fieldLabel(item.field)}</span>
                  </p>
                  {item.excerpt.trim() ? <blockquote className="excerpt">{item.excerpt.length > 140 ? `${item.excerpt.slice(0, 140)}…` : item.excerpt}</blockquote> : null}
                  <p className="issue-msg">{d.message}</p>
                  <div className="issue-actions">
                    {item.field !== null ? (
                      <button type="button" className="quiet" onClick={() => onShow(item)}>
                        Show
                      </button>
                    ) : null}
                    {item.field !== null
                      ? d.suggestions.map((s) => (
                          <button key={s.label} type="button" className="fix" onClick={() => onFix(item, s.replacement)}>
                            {s.label}
                          </button>
                        ))
                      : null}
                    <button type="button" className="quiet" onClick={() => onIgnore(item)}>
                      Ignore
                    </button>
                    <button type="button" className="quiet" onClick={() => onDisable(d.rule)} aria-label={`Turn off this check (${d.rule})`}>
                      Turn off this check
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
