import { memo } from 'react';
import type { EditorView } from '@codemirror/view';
import type { TemplateField } from '../../../../core/templates/schema';
import type { Kind } from '../../../../core/types';
import type { VerdictFinding } from '../../../../core/verdict/types';
import type { DeskChecker } from '../DeskChecker';
import { ProseField } from '../ProseField';

interface Props {
  field: TemplateField;
  value: string;
  desk: DeskChecker;
  kind: Kind;
  onChange: (field: string, value: string) => void;
  onIgnore: (finding: VerdictFinding) => void;
  onView: (field: string, view: EditorView | null) => void;
}

function wordCount(text: string): number {
  return text.trim().match(/\S+/g)?.length ?? 0;
}

/** A prose field of the template, checked as the writer types, with its word count. */
export const LongField = memo(function LongField({ field, value, desk, kind, onChange, onIgnore, onView }: Props) {
  const words = wordCount(value);
  return (
    <div className="field">
      <span className="label" id={`label-${field.id}`}>
        {field.label}
        {field.required ? <span className="req"> (needed)</span> : null}
      </span>
      <ProseField
        field={field.id}
        label={field.label}
        description={field.hint || undefined}
        initial={value}
        linter={desk}
        kind={kind}
        onChange={onChange}
        onIgnore={onIgnore}
        onView={onView}
      />
      <p id={`hint-${field.id}`} className="hint">
        {field.hint}{' '}
        {field.maxWords ? (
          <span
            className={words > field.maxWords ? 'warn-text' : 'muted'}
          >{`${words} of about ${field.maxWords} words`}</span>
        ) : null}
      </p>
    </div>
  );
});
