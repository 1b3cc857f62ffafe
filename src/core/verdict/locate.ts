/**
 * Places the linter's findings in the words the writer typed. `lintDocument` says which field's
 * span holds each finding; a rendered value may have lost spaces at a block's edge, so the
 * offsets are moved to where the span's words sit in the value as typed.
 */
import { lint } from '../lint/lint';
import type { DocumentDiagnostic } from '../lint/document';
import type { Diagnostic, LintOptions } from '../lint/types';
import { sanitizeWriterText } from '../templates/spans';
import type { RenderedDocument } from '../templates/types';
import { isAboutThePiece, type Located } from './findings';
import type { PieceField } from './types';

/** Where each field's rendered words begin within its value as typed. */
function leads(doc: RenderedDocument, values: Readonly<Record<string, string>>): Map<string, number> {
  const out = new Map<string, number>();
  for (const span of doc.spans) {
    if (out.has(span.field)) continue;
    const value = values[span.field];
    const shown = doc.text.slice(span.start, span.end);
    out.set(span.field, value === undefined ? 0 : Math.max(0, sanitizeWriterText(value).indexOf(shown)));
  }
  return out;
}

/** Where the writer acts on a note about the whole piece: the first needed long field, else the first long one. */
export function writingField(fields: readonly PieceField[]): string | null {
  return (
    (
      fields.find((f) => f.type === 'long' && f.required) ??
      fields.find((f) => f.type === 'long') ??
      fields.find((f) => f.type === 'short')
    )?.id ?? null
  );
}

/**
 * Findings in the template's own words are dropped: the writer cannot change them. A finding
 * about the whole piece that the linter placed there is kept, pointed at the field to write in.
 */
export function locateDocument(
  doc: RenderedDocument,
  diagnostics: readonly DocumentDiagnostic[],
  values: Readonly<Record<string, string>>,
  fields: readonly PieceField[],
): Located[] {
  const lead = leads(doc, values);
  const home = writingField(fields);
  const out: Located[] = [];
  for (const d of diagnostics) {
    if (d.field === null || d.fieldStart === null || d.fieldEnd === null) {
      if (isAboutThePiece(d))
        out.push({
          diagnostic: d,
          start: d.start,
          end: d.end,
          field: home,
          scope: 'piece',
          fieldStart: null,
          fieldEnd: null,
        });
      continue;
    }
    const shift = lead.get(d.field) ?? 0;
    out.push({
      diagnostic: d,
      start: d.start,
      end: d.end,
      field: d.field,
      scope: 'words',
      fieldStart: d.fieldStart + shift,
      fieldEnd: d.fieldEnd + shift,
    });
  }
  return out;
}

/** Categories that only make sense for a whole piece: not asked of words not yet placed in it. */
const WHOLE_PIECE_ONLY = new Set(['missing-element', 'length', 'ambiguous-intent', 'signature']);

/** Rules about the piece as a whole that read its opening: the words not yet placed are not its opening. */
const PIECE_OPENING_RULES = new Set(['pressure/after-silence']);

/**
 * Words typed into a field that was empty at the last render have no place in the document yet:
 * they are checked alone, as words of the piece they will be part of (`options.kind`: a card's
 * words are not a quick message), until the next render places them; they sort after the
 * document's end (`after`).
 */
export function locateUnplaced(
  unplaced: readonly { field: string; text: string }[],
  options: LintOptions,
  after: number,
): Located[] {
  const out: Located[] = [];
  for (const { field, text } of unplaced) {
    const value = sanitizeWriterText(text);
    if (value.trim() === '') continue;
    for (const d of lint(value, { kind: 'message', ...options }).diagnostics) {
      if (WHOLE_PIECE_ONLY.has(d.category) || PIECE_OPENING_RULES.has(d.rule)) continue;
      out.push({
        diagnostic: d,
        start: after + d.start,
        end: after + d.end,
        field,
        scope: 'words',
        fieldStart: d.start,
        fieldEnd: d.end,
      });
    }
    after += value.length + 1;
  }
  return out;
}

/** Every finding of a plain text (`olive lint`): all of it is the writer's own words, in one field. */
export const TEXT_FIELD = 'text';

export function locateText(diagnostics: readonly Diagnostic[]): Located[] {
  return diagnostics.map((d) => ({
    diagnostic: d,
    start: d.start,
    end: d.end,
    field: TEXT_FIELD,
    scope: 'words',
    fieldStart: d.start,
    fieldEnd: d.end,
  }));
}
