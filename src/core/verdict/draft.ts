/** A draft and its template, as the verdict reads them. */
import type { Draft } from '../draft/schema';
import type { TemplateField } from '../templates/schema';
import type { RenderedDocument } from '../templates/types';
import { NAME_SPAN_IDS } from '../templates/types';
import type { PieceField, PieceInput } from './types';

/** The draft's current words by field id: template fields (their defaults when untouched) and the names. */
export function draftValues(
  draft: Draft,
  fields: readonly Pick<TemplateField, 'id' | 'default'>[],
): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of fields) values[field.id] = draft.fields[field.id] ?? field.default;
  values[NAME_SPAN_IDS.recipient] = draft.recipient.name;
  values[NAME_SPAN_IDS.sender] = draft.sender.name;
  values[NAME_SPAN_IDS.partner] = draft.situation.partnerName ?? '';
  return values;
}

export function pieceFields(
  fields: readonly Pick<TemplateField, 'id' | 'label' | 'required' | 'type'>[],
): PieceField[] {
  return fields.map(({ id, label, required, type }) => ({ id, label, required, type }));
}

/** Everything the verdict reads for a draft, given main's render of it. */
export function draftPiece(
  draft: Draft,
  fields: readonly TemplateField[],
  doc: RenderedDocument,
  printProblem?: string | null,
): PieceInput {
  return {
    doc,
    fields: pieceFields(fields),
    values: draftValues(draft, fields),
    kept: draft.kept ?? { ignored: [], off: [] },
    heard: draft.situation.heard,
    unanswered: draft.situation.unanswered,
    ...(draft.situation.partnerName ? { partnerName: draft.situation.partnerName } : {}),
    ...(printProblem ? { printProblem } : {}),
  };
}
