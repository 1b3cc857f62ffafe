/**
 * Lints a rendered template and maps each finding back to the field the writer typed, so the
 * editor can underline their own words (and template text is told apart: field null).
 */
import type { RenderedDocument } from '../templates/types';
import { NAME_SPAN_IDS } from '../templates/types';
import { lint } from './lint';
import type { Diagnostic, LintOptions, LintResult } from './types';

export interface DocumentDiagnostic extends Diagnostic {
  /** Field id (or "recipient.name" and the like) whose text holds the finding; null for template text. */
  field: string | null;
  /** Offsets within that field's text, or null. */
  fieldStart: number | null;
  fieldEnd: number | null;
}

export interface DocumentLintResult extends Omit<LintResult, 'diagnostics'> {
  diagnostics: DocumentDiagnostic[];
}

export function lintDocument(
  doc: RenderedDocument,
  options: Omit<LintOptions, 'kind' | 'intent'> = {},
): DocumentLintResult {
  const partner = doc.spans.find((s) => s.field === NAME_SPAN_IDS.partner);
  const result = lint(doc.text, {
    ...options,
    kind: doc.kind,
    intent: doc.intent,
    senderName: options.senderName ?? doc.sender,
    ...(options.partnerName === undefined && partner
      ? { partnerName: doc.text.slice(partner.start, partner.end) }
      : {}),
  });
  const diagnostics = result.diagnostics.map((d): DocumentDiagnostic => {
    let best: (typeof doc.spans)[number] | null = null;
    let bestOverlap = 0;
    for (const span of doc.spans) {
      if (span.start <= d.start && d.end <= span.end) {
        best = span;
        break;
      }
      const overlap = Math.min(span.end, d.end) - Math.max(span.start, d.start);
      if (overlap > bestOverlap) {
        best = span;
        bestOverlap = overlap;
      }
    }
    if (!best) return { ...d, field: null, fieldStart: null, fieldEnd: null };
    const fieldStart = Math.max(d.start, best.start) - best.start;
    const fieldEnd = Math.min(d.end, best.end) - best.start;
    return { ...d, field: best.field, fieldStart, fieldEnd };
  });
  return { ...result, diagnostics };
}
