import { memo } from 'react';
import type { Verdict } from '../../../core/verdict/types';

/** "Ready to mail?": the verdict's checks, each passed or still open, and its one-line answer. */
export const Checklist = memo(function Checklist({ verdict, title }: { verdict: Verdict; title: string }) {
  const done = verdict.checks.filter((c) => c.ok).length;
  const kept = verdict.kept.length;
  return (
    <section className="panel checklist" aria-labelledby="checklist-title" data-ready={verdict.ready}>
      <h2 id="checklist-title">
        {title}{' '}
        <span className={`count ${verdict.ready ? 'count-ok' : ''}`}>
          {verdict.ready ? (kept ? `Yes, with ${kept} kept` : 'Yes') : `${done} of ${verdict.checks.length}`}
        </span>
      </h2>
      <p className="verdict-line" role="status">
        {verdict.headline}
      </p>
      <ul className="plain-list">
        {verdict.checks.map((c) => (
          <li key={c.id} className={c.ok ? 'check ok' : 'check todo'} data-check={c.id}>
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
});
