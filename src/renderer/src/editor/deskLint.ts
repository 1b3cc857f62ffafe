/**
 * Live wording check for the desk. The linter reads the whole rendered piece (the template's words
 * and the writer's), but main renders it (Handlebars never runs here). On every keystroke we splice
 * the writer's current field values into the last document main rendered, using the spans that
 * say where each field landed, lint that synchronously, and map each finding back to the field and
 * offsets the writer typed. When main's fresh render arrives (a moment after a pause), it becomes
 * the new base.
 */
import { lint } from '../../../core/lint';
import type { Diagnostic, IgnoredDiagnostic, LintOptions, LintResult } from '../../../core/lint/types';
import type { RenderedDocument } from '../../../core/templates/types';

/** A finding placed where the writer can act on it. */
export interface DeskDiagnostic {
  /** Stable within one lint run: rule and document offsets. */
  key: string;
  diagnostic: Diagnostic;
  /** The template field (or `recipient.name`, `sender.name`, `partner.name`) holding the words, or null for template text. */
  field: string | null;
  /** Offsets within that field's value (or within the document text when `field` is null). */
  from: number;
  to: number;
  /** The words the finding is about. */
  excerpt: string;
}

export interface DeskLint {
  result: LintResult;
  items: DeskDiagnostic[];
  /** The text that was linted (for tests and the issues panel's context). */
  text: string;
}

interface PlacedSpan {
  field: string;
  start: number;
  end: number;
  /** Offset of the span's first character within the field value (values may be trimmed at block edges). */
  lead: number;
}

export interface Base {
  doc: RenderedDocument;
  /** The field values `doc` was rendered from. */
  fields: Record<string, string>;
}

const MARKERS = /[\uE000-\uE002]/g;
function sanitize(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(MARKERS, '');
}

/** The base document with the current field values spliced in, and where every field now sits. */
export function splice(base: Base, fields: Record<string, string>): { text: string; spans: PlacedSpan[]; unplaced: string[] } {
  const { doc } = base;
  const spans = [...doc.spans].sort((a, b) => a.start - b.start);
  const placedFields = new Set(spans.map((s) => s.field));
  let text = '';
  let cursor = 0;
  const placed: PlacedSpan[] = [];
  for (const span of spans) {
    if (span.start < cursor) continue; // Overlapping spans (nested fields) keep the outer one.
    text += doc.text.slice(cursor, span.start);
    const baseValue = base.fields[span.field];
    const current = fields[span.field];
    const original = doc.text.slice(span.start, span.end);
    if (current !== undefined && baseValue !== undefined && current !== baseValue) {
      const value = sanitize(current);
      placed.push({ field: span.field, start: text.length, end: text.length + value.length, lead: 0 });
      text += value;
    } else {
      const lead = baseValue === undefined ? 0 : Math.max(0, sanitize(baseValue).indexOf(original));
      placed.push({ field: span.field, start: text.length, end: text.length + original.length, lead });
      text += original;
    }
    cursor = span.end;
  }
  text += doc.text.slice(cursor);
  const unplaced = Object.keys(fields).filter((f) => !placedFields.has(f) && fields[f] !== (base.fields[f] ?? '') && (fields[f] ?? '').trim() !== '');
  return { text, spans: placed, unplaced };
}

/** The span holding the finding, or else the one it overlaps most (a finding may run into template text). */
function locate(spans: PlacedSpan[], d: Diagnostic): PlacedSpan | undefined {
  let best: PlacedSpan | undefined;
  let bestOverlap = 0;
  for (const span of spans) {
    if (span.start <= d.start && d.end <= span.end && span.end > span.start) return span;
    const overlap = Math.min(span.end, d.end) - Math.max(span.start, d.start);
    if (overlap > bestOverlap) {
      best = span;
      bestOverlap = overlap;
    }
  }
  return best;
}

export interface DeskLintOptions extends Omit<LintOptions, 'ignored'> {
  /** Ignored findings, by field-relative position and words (they follow the words as the writer edits). */
  ignored: IgnoredDiagnostic[];
}

/** Words compared as a reader would: a finding that now takes in the space after it is still the same finding. */
const words = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

function isIgnored(ignored: IgnoredDiagnostic[], item: DeskDiagnostic): boolean {
  return ignored.some((i) => i.rule === item.diagnostic.rule && (i.text !== undefined ? words(i.text) === words(item.excerpt) : i.start === item.from && i.end === item.to));
}

export function lintDesk(base: Base, fields: Record<string, string>, options: DeskLintOptions): DeskLint {
  const { text, spans, unplaced } = splice(base, fields);
  const { ignored, ...rest } = options;
  const result = lint(text, rest);
  const items: DeskDiagnostic[] = [];
  for (const d of result.diagnostics) {
    const span = locate(spans, d);
    const item: DeskDiagnostic = span
      ? {
          key: `${d.rule}@${d.start}-${d.end}`,
          diagnostic: d,
          field: span.field,
          from: Math.max(d.start, span.start) - span.start + span.lead,
          to: Math.min(d.end, span.end) - span.start + span.lead,
          excerpt: text.slice(Math.max(d.start, span.start), Math.min(d.end, span.end)),
        }
      : { key: `${d.rule}@${d.start}-${d.end}`, diagnostic: d, field: null, from: d.start, to: d.end, excerpt: text.slice(d.start, d.end) };
    if (!isIgnored(ignored, item)) items.push(item);
  }
  // A field that was empty when main last rendered has no place in the document yet: lint it alone
  // (phrase-level findings only) until the next render places it.
  for (const field of unplaced) {
    const value = sanitize(fields[field] ?? '');
    const alone = lint(value, { ...rest, kind: 'message' });
    for (const d of alone.diagnostics) {
      if (d.category === 'missing-element' || d.category === 'length' || d.category === 'ambiguous-intent' || d.category === 'signature') continue;
      const item: DeskDiagnostic = { key: `${field}:${d.rule}@${d.start}-${d.end}`, diagnostic: d, field, from: d.start, to: d.end, excerpt: value.slice(d.start, d.end) };
      if (!isIgnored(ignored, item)) items.push(item);
    }
  }
  const filtered = result.diagnostics.filter((d) => items.some((i) => i.diagnostic === d));
  const extra = items.filter((i) => !result.diagnostics.includes(i.diagnostic)).map((i) => i.diagnostic);
  const all = [...filtered, ...extra];
  return { result: { ...result, ready: !all.some((d) => d.severity === 'error'), diagnostics: all }, items, text };
}

function sameValues(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if ((a[k] ?? '') !== (b[k] ?? '')) return false;
  return true;
}

/**
 * Holds the base document and current values, re-lints synchronously on every change, and tells
 * every subscribed editor (each long field has its own) so their underlines stay in step.
 */
export class DeskLinter {
  private base: Base | null = null;
  private fields: Record<string, string>;
  private options: DeskLintOptions;
  private listeners = new Set<(lint: DeskLint) => void>();
  /** Fields the writer types into (prose and short fields); the rest come from main's render. */
  private typed = new Set<string>();
  current: DeskLint | null = null;

  constructor(fields: Record<string, string>, options: DeskLintOptions) {
    this.fields = { ...fields };
    this.options = options;
  }

  subscribe(listener: (lint: DeskLint) => void): () => void {
    this.listeners.add(listener);
    if (this.current) listener(this.current);
    return () => this.listeners.delete(listener);
  }

  setBase(base: Base): void {
    // Values the writer did not type here (choices, template defaults) follow main's render.
    const synced = { ...this.fields };
    for (const [field, value] of Object.entries(base.fields)) if (!this.typed.has(field)) synced[field] = value;
    this.fields = synced;
    const unchanged = this.base !== null && this.current !== null && this.current.text === base.doc.text && sameValues(base.fields, this.fields);
    this.base = base;
    // Main's render usually says exactly what the splice already said: then there is nothing to redo.
    if (!unchanged) this.run();
  }

  setField(field: string, value: string): void {
    this.typed.add(field);
    if (this.fields[field] === value) return;
    this.fields = { ...this.fields, [field]: value };
    this.run();
  }

  setOptions(options: DeskLintOptions): void {
    this.options = options;
    this.run();
  }

  value(field: string): string {
    return this.fields[field] ?? '';
  }

  private run(): void {
    if (!this.base) return;
    this.current = lintDesk(this.base, this.fields, this.options);
    for (const listener of this.listeners) listener(this.current);
  }
}
