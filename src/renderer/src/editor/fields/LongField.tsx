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

/** JavaScript's \s, by code unit. */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Runs of non-space characters (as `/\S+/g` finds them), counted without building them: a
 * 10,000-word letter is recounted after each pause in typing.
 */
export function wordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
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
