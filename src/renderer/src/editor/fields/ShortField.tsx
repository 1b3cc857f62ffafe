import { memo } from 'react';
import type { TemplateField } from '../../../../core/templates/schema';
import type { VerdictFinding } from '../../../../core/verdict/types';

interface Props {
  field: TemplateField;
  value: string;
  /** Open findings in this field: said under it (a one-line input has no room for underlines). */
  findings: VerdictFinding[];
  onChange: (field: string, value: string) => void;
}

/** A one-line field of the template ("Front of the card"). */
export const ShortField = memo(function ShortField({ field, value, findings, onChange }: Props) {
  const id = `f-${field.id}`;
  const hintId = `hint-${field.id}`;
  const notesId = `note-${field.id}`;
  const described = [field.hint ? hintId : '', findings.length ? notesId : ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>
        {field.label}
        {field.required ? <span className="req"> (needed)</span> : null}
      </label>
      <input
        id={id}
        type="text"
        data-field-input={field.id}
        value={value}
        aria-invalid={findings.some((f) => f.severity === 'error')}
        aria-describedby={described || undefined}
        onChange={(e) => onChange(field.id, e.target.value)}
      />
      {field.hint ? (
        <p id={hintId} className="hint">
          {field.hint}
        </p>
      ) : null}
      {findings.length ? (
        <ul id={notesId} className="field-notes plain-list">
          {findings.map((f) => (
            <li key={f.id} className={`field-note cat-${f.categories[0] ?? ''}`}>
              {[...new Set(f.parts.map((p) => p.message))].join(' ')}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
});
