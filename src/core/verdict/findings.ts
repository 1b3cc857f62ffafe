/**
 * From the linter's diagnostics to the verdict's findings: each placed in the writer's words,
 * sorted into open and kept on purpose, and merged so that one stretch of words carries one
 * finding (with every category in it). See docs/ARCHITECTURE.md, "The verdict".
 */
import type { Diagnostic, LintCategory, Severity } from '../lint/types';
import { LINT_CATEGORIES } from '../lint/types';
import { sanitizeWriterText } from '../templates/spans';
import type {
  FindingPart,
  IgnoredFinding,
  KeptChoices,
  KeptReason,
  PieceField,
  PlacedFix,
  VerdictFinding,
} from './types';

/** A diagnostic placed in the writer's words (or, for scope `piece`, about the piece as a whole). */
export interface Located {
  diagnostic: Diagnostic;
  /** Where it sits in the checked text (words not yet placed in it sort after its end). */
  start: number;
  end: number;
  field: string | null;
  scope: 'words' | 'piece';
  fieldStart: number | null;
  fieldEnd: number | null;
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };
const CATEGORY_RANK = new Map<LintCategory, number>(LINT_CATEGORIES.map((c, i) => [c, i]));

export function moreSevere(a: Severity, b: Severity): Severity {
  return SEVERITY_RANK[a] >= SEVERITY_RANK[b] ? a : b;
}

/**
 * Findings about the piece as a whole (something missing, the intent never stated, its length):
 * the linter underlines the opening sentence, which may be the template's own words.
 */
export function isAboutThePiece(d: Pick<Diagnostic, 'rule' | 'category'>): boolean {
  return d.category === 'missing-element' || d.category === 'length' || d.rule === 'ambiguous-intent/unstated';
}

/** Words compared as a reader would: spacing and case aside. */
export function sameWords(a: string, b: string): boolean {
  const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
  return norm(a) === norm(b);
}

/** A rule switched off by its id, its category, or "category/*". */
export function isSwitchedOff(d: Pick<Diagnostic, 'rule' | 'category'>, off: readonly string[]): boolean {
  return off.includes(d.rule) || off.includes(d.category) || off.includes(`${d.category}/*`);
}

function isIgnored(item: Located, excerpt: string, ignored: readonly IgnoredFinding[]): boolean {
  return ignored.some((i) => i.rule === item.diagnostic.rule && i.field === item.field && sameWords(i.text, excerpt));
}

export function keptReason(item: Located, excerpt: string, kept: KeptChoices | undefined): KeptReason | undefined {
  if (!kept) return undefined;
  if (isSwitchedOff(item.diagnostic, kept.off)) return 'switched-off';
  if (isIgnored(item, excerpt, kept.ignored)) return 'ignored';
  return undefined;
}

/** Quick fixes that leave the field with words in it when the field is needed. */
function fixesOf(item: Located, value: string | undefined, needed: boolean): PlacedFix[] {
  if (item.scope === 'piece' || item.fieldStart === null || item.fieldEnd === null) return [];
  const { fieldStart, fieldEnd } = item;
  return item.diagnostic.suggestions
    .filter(
      (s) =>
        !needed ||
        value === undefined ||
        (value.slice(0, fieldStart) + s.replacement + value.slice(fieldEnd)).trim() !== '',
    )
    .map((s) => ({ ...s, fieldStart, fieldEnd }));
}

function partOf(item: Located, ctx: MergeContext): FindingPart {
  const { values, fields } = ctx;
  const d = item.diagnostic;
  const needed = item.field !== null && fields.some((f) => f.id === item.field && f.required);
  return {
    rule: d.rule,
    category: d.category,
    severity: d.severity,
    step: d.step,
    message: d.message,
    text: excerptOfItem(item, ctx),
    fixes: fixesOf(item, item.field === null ? undefined : values[item.field], needed),
  };
}

/** How much two stretches share, as a share of both together. */
function overlapShare(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return union > 0 ? Math.max(0, inter) / union : 1;
}

/** Findings over the same words (sharing at least half of their stretch) become one. */
const SAME_WORDS_SHARE = 0.5;

interface Cluster {
  items: Located[];
  start: number;
  end: number;
  field: string | null;
  scope: 'words' | 'piece';
  kept: KeptReason | undefined;
}

export interface MergeContext {
  text: string;
  values: Readonly<Record<string, string>>;
  fields: readonly PieceField[];
}

/** The words of one located finding, as the writer typed them ('' for a note about the whole piece). */
export function excerptOfItem(item: Located, ctx: MergeContext): string {
  if (item.scope === 'piece') return '';
  const value = item.field === null ? undefined : ctx.values[item.field];
  if (value !== undefined && item.fieldStart !== null && item.fieldEnd !== null)
    return sanitizeWriterText(value).slice(item.fieldStart, item.fieldEnd);
  return ctx.text.slice(item.start, item.end);
}

/** The words of a finding, as the writer typed them. */
function excerptOf(cluster: Cluster, starts: number[], ends: number[], ctx: MergeContext): string {
  const value = cluster.field === null ? undefined : ctx.values[cluster.field];
  if (value === undefined || starts.length === 0) return ctx.text.slice(cluster.start, cluster.end);
  return sanitizeWriterText(value).slice(Math.min(...starts), Math.max(...ends));
}

function toFinding(cluster: Cluster, ctx: MergeContext): VerdictFinding {
  const parts = cluster.items
    .map((item) => partOf(item, ctx))
    .sort(
      (a, b) =>
        SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
        (CATEGORY_RANK.get(a.category) ?? 0) - (CATEGORY_RANK.get(b.category) ?? 0),
    );
  const first = parts[0] as FindingPart;
  const categories = [...new Set(parts.map((p) => p.category))];
  const starts = cluster.items.map((i) => i.fieldStart).filter((n): n is number => n !== null);
  const ends = cluster.items.map((i) => i.fieldEnd).filter((n): n is number => n !== null);
  const piece = cluster.scope === 'piece';
  const rules = [...new Set(parts.map((p) => p.rule))].sort().join('+');
  const finding: VerdictFinding = {
    id: `${rules}@${cluster.field ?? ''}:${cluster.start}-${cluster.end}`,
    field: cluster.field,
    scope: cluster.scope,
    start: cluster.start,
    end: cluster.end,
    fieldStart: piece || starts.length === 0 ? null : Math.min(...starts),
    fieldEnd: piece || ends.length === 0 ? null : Math.max(...ends),
    excerpt: piece ? '' : excerptOf(cluster, starts, ends, ctx),
    severity: first.severity,
    categories,
    step: first.step,
    parts,
  };
  if (cluster.kept) finding.kept = cluster.kept;
  return finding;
}

/**
 * Groups findings that cover the same words in the same field (and kept with kept, open with
 * open), then marks a finding that overlaps a shorter one as `outer`, so its line is drawn apart
 * from the one under the shorter finding's words.
 */
export function mergeFindings(
  items: readonly { item: Located; kept: KeptReason | undefined }[],
  ctx: MergeContext,
): VerdictFinding[] {
  const sorted = [...items].sort((a, b) => a.item.start - b.item.start || b.item.end - a.item.end);
  const clusters: Cluster[] = [];
  for (const { item, kept } of sorted) {
    const span = { start: item.start, end: item.end };
    const home = clusters.find(
      (c) =>
        c.field === item.field &&
        c.scope === item.scope &&
        c.kept === kept &&
        (item.scope === 'piece'
          ? c.items[0]?.diagnostic.category === item.diagnostic.category
          : overlapShare(c, span) >= SAME_WORDS_SHARE),
    );
    if (home) {
      home.items.push(item);
      home.start = Math.min(home.start, span.start);
      home.end = Math.max(home.end, span.end);
    } else {
      clusters.push({ items: [item], ...span, field: item.field, scope: item.scope, kept });
    }
  }
  const findings = clusters.map((c) => toFinding(c, ctx)).sort((a, b) => a.start - b.start || b.end - a.end);
  for (const outer of findings) {
    if (outer.scope !== 'words') continue;
    const inside = findings.some(
      (f) =>
        f !== outer &&
        f.scope === 'words' &&
        f.field === outer.field &&
        f.start < outer.end &&
        f.end > outer.start &&
        f.end - f.start < outer.end - outer.start,
    );
    if (inside) outer.outer = true;
  }
  return findings;
}
