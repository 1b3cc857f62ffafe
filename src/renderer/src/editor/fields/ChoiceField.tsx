import { memo } from 'react';
import type { TemplateField } from '../../../../core/templates/schema';

/** A choice that steers the template's own words ("Greeting: ' +
  'Hi / Hello / Dear"); main's next render brings the change. */
export const ChoiceField = memo(function ChoiceField({
  field,
  value,
  onChange,
}: {
  field: TemplateField;
  value: string;
  onChange: (field: string, value: string) => void;
}) {
  const id = `f-${field.id}`;
  const hintId = `hint-${field.id}`;
  return (
    <div className="field">
      <label htmlFor={id}>{field.label}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(field.id, e.target.value)}
        aria-describedby={field.hint ? hintId : undefined}
      >
        {(field.choices ?? []).map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
      {field.hint ? (
        <p id={hintId} className="hint">
          {field.hint}
        </p>
      ) : null}
    </div>
  );
});
