/**
 * lint(): one analysis of the text, every enabled rule over it, then the shared clean-up: the
 * sign-off belongs to the signature rule alone, a finding in a sentence the sentence model reads as
 * kind drops out (model/second-look.ts), overlapping findings of one rule merge, ignored findings
 * drop out, and each finding gets its line and column.
 */
import { HEARD, INTENTS, KINDS, type Heard, type Intent, type Kind } from '../types';
import { analyse, clearPieceCache, type Analysis } from './engine/analysis';
import { clearTagCache } from './language/tagger';
import { phrases } from './engine/compile';
import type { Token } from './engine/tokenize';
import { intentSignals, readingOf } from './intent';
import { RULES } from './registry';
import { isFriendshipPiece, STEP_OF_KIND } from '../pieces/kinds';
import { MAX_FINDINGS_PER_RULE, type Report, type Rule, type RuleContext } from './rule';
import { findSignOff } from './signoff';
import { KIND_ENOUGH, readsAsKind } from './model/second-look';
import type { Diagnostic, IgnoredDiagnostic, LintOptions, LintResult, Severity } from './types';

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

/** Guesses the kind from the text's shape when none is given: long is a letter, one or two lines a message. */
export function inferKind(analysis: Analysis): Kind {
  let words = 0;
  for (const t of analysis.tokens) if (t.head && !t.emoji) words++;
  if (words > 150) return 'letter';
  const lines = analysis.text.split('\n').filter((l) => l.trim() !== '').length;
  return lines <= 2 ? 'message' : 'card';
}

function render(template: string, data: Record<string, string> | undefined): string {
  if (!data) return template;
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => data[key] ?? whole);
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function locate(starts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] as number) + 1 };
}

type Draft = Omit<Diagnostic, 'line' | 'column'>;

/** Within one rule, overlapping findings become one (the property tests hold us to this). */
function mergeOverlaps(found: Draft[]): Draft[] {
  if (found.length < 2) return found;
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Draft[] = [];
  for (const d of found) {
    const prev = out[out.length - 1];
    if (prev && d.start <= prev.end) {
      if (d.end > prev.end) {
        prev.end = d.end;
        prev.suggestions = [];
      }
      if (SEVERITY_RANK[d.severity] > SEVERITY_RANK[prev.severity]) prev.severity = d.severity;
      continue;
    }
    out.push(d);
  }
  return out;
}

/**
 * Adds one finding of a rule, merging it with the previous one when they overlap (findings come
 * in text order, so "please please please ..." becomes one finding, cheaply). A longer finding
 * from the same start replaces the shorter one: it is the more specific phrase.
 */
function addFinding(own: Draft[], start: number, end: number, severity: Severity, make: () => Draft): void {
  let last = own[own.length - 1];
  if (last && start === last.start && end > last.end) {
    own.pop();
    const fresh = make();
    if (SEVERITY_RANK[last.severity] > SEVERITY_RANK[fresh.severity]) fresh.severity = last.severity;
    last = own[own.length - 1];
    if (!last || start >= last.end) {
      own.push(fresh);
      return;
    }
  }
  // Overlapping or touching ("❤️❤️❤️") findings of one rule read as one.
  if (last && start >= last.start && start <= last.end) {
    if (end > last.end) {
      last.end = end;
      last.suggestions = [];
    }
    if (SEVERITY_RANK[severity] > SEVERITY_RANK[last.severity]) last.severity = severity;
    return;
  }
  // A pathological text (a megabyte of hearts) must not bury the editor in underlines.
  if (own.length < MAX_FINDINGS_PER_RULE) own.push(make());
}

/**
 * Answers "did an earlier rule flag this category over these characters?" in logarithmic time:
 * per category, the findings sorted by start with the furthest end so far, rebuilt when the list
 * of findings has grown (once per rule at most).
 */
function flaggedIndex(current: () => readonly Draft[]): RuleContext['flagged'] {
  let indexed: readonly Draft[] | null = null;
  let byCategory = new Map<string, { starts: number[]; reach: number[] }>();
  return (category, start, end) => {
    const found = current();
    if (indexed !== found) {
      indexed = found;
      const groups = new Map<string, Draft[]>();
      for (const d of found) {
        if (d.severity === 'info') continue;
        let group = groups.get(d.category);
        if (!group) groups.set(d.category, (group = []));
        group.push(d);
      }
      byCategory = new Map();
      for (const [key, group] of groups) {
        group.sort((a, b) => a.start - b.start);
        const starts = group.map((d) => d.start);
        const reach: number[] = [];
        let far = -1;
        for (const d of group) reach.push((far = Math.max(far, d.end)));
        byCategory.set(key, { starts, reach });
      }
    }
    const index = byCategory.get(category);
    if (!index) return false;
    // The last finding that starts before `end`: any overlap reaches past `start`.
    let lo = 0;
    let hi = index.starts.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((index.starts[mid] as number) < end) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return at >= 0 && (index.reach[at] as number) > start;
  };
}

function dropIgnored(text: string, found: Draft[], ignored: readonly IgnoredDiagnostic[] | undefined): Draft[] {
  if (!ignored || ignored.length === 0) return found;
  const gone = new Set<Draft>();
  for (const ig of ignored) {
    let best: Draft | null = null;
    for (const d of found) {
      if (d.rule !== ig.rule || gone.has(d)) continue;
      const same =
        ig.text !== undefined ? text.slice(d.start, d.end) === ig.text : d.start === ig.start && d.end === ig.end;
      if (!same) continue;
      if (!best || Math.abs(d.start - ig.start) < Math.abs(best.start - ig.start)) best = d;
    }
    if (best) gone.add(best);
  }
  return found.filter((d) => !gone.has(d));
}

function isDisabled(rule: Rule, disabled: ReadonlySet<string>): boolean {
  return (
    disabled.size > 0 &&
    (disabled.has(rule.meta.id) || disabled.has(rule.meta.category) || disabled.has(`${rule.meta.category}/*`))
  );
}

export function lint(text: string, options: LintOptions = {}): LintResult {
  const source = typeof text === 'string' ? text : String(text ?? '');
  const analysis = analyse(source, options.partnerName);
  const kind: Kind =
    options.kind && (KINDS as readonly string[]).includes(options.kind) ? options.kind : inferKind(analysis);
  const declared: Intent | null =
    options.intent && (INTENTS as readonly string[]).includes(options.intent) ? options.intent : null;
  const heard: Heard =
    options.heard && (HEARD as readonly string[]).includes(options.heard) ? options.heard : 'unknown';
  const signOff = findSignOff(analysis, options.senderName);
  const signals = intentSignals(analysis, signOff?.region ?? null);
  const stated = signals.verdict;
  const disabled = new Set(options.disabledRules ?? []);
  const region = signOff?.region ?? null;

  let found: Draft[] = [];
  const flagged = flaggedIndex(() => found);
  for (const rule of RULES) {
    if (isDisabled(rule, disabled)) continue;
    const { meta } = rule;
    const step = meta.step === 'by-kind' ? STEP_OF_KIND[kind] : meta.step;
    const own: Draft[] = [];
    const secondLook = Object.hasOwn(KIND_ENOUGH, meta.id);
    const context: RuleContext = {
      text: source,
      kind,
      declared,
      heard,
      unanswered:
        typeof options.unanswered === 'number' && Number.isFinite(options.unanswered)
          ? Math.max(0, options.unanswered)
          : 0,
      analysis,
      signals,
      signOff,
      friendshipPiece: isFriendshipPiece(kind) || declared === 'friendship',
      speller: options.speller ?? null,
      flagged,
      report: (r: Report) => {
        const start = Math.max(0, Math.min(source.length, Math.floor(r.start)));
        const end = Math.max(start, Math.min(source.length, Math.floor(r.end)));
        if (!(end > start)) return;
        // The sign-off belongs to the signature rule, except a needy closing line ("Missing you every day,").
        if (region && meta.category !== 'signature' && start >= region.start && end <= region.end) {
          const name = signOff?.name;
          if (meta.category !== 'needy' || (name && end > name.start)) return;
        }
        if (secondLook && readsAsKind(analysis, meta.id, start)) return;
        addFinding(own, start, end, r.severity ?? meta.severity, () => ({
          rule: meta.id,
          category: meta.category,
          severity: r.severity ?? meta.severity,
          start,
          end,
          message:
            `${render(meta.messages[r.messageId ?? 'default'] ?? meta.messages.default, r.data)} (Guide step ` +
            `${step}.)`,
          step,
          suggestions: r.suggestions ?? [],
        }));
      },
    };
    rule.check(context);
    found = found.concat(mergeOverlaps(own));
  }

  found = dropIgnored(source, found, options.ignored);
  const detected = readingOf(kind, declared, stated, found);
  found.sort((a, b) => a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  const starts = found.length > 0 ? lineStarts(source) : [0];
  const diagnostics: Diagnostic[] = found.map((d) => {
    const { line, column } = locate(starts, d.start);
    // Key order as in the JSON contract (docs/ARCHITECTURE.md, Contracts).
    return {
      rule: d.rule,
      category: d.category,
      severity: d.severity,
      start: d.start,
      end: d.end,
      line,
      column,
      message: d.message,
      step: d.step,
      suggestions: d.suggestions,
    };
  });
  return {
    kind,
    intent: { declared, detected, stated },
    ready: !diagnostics.some((d) => d.severity === 'error'),
    diagnostics,
  };
}

/**
 * Compiles the phrase lists now rather than on the first lint (some tens of milliseconds): the
 * editor can call this while idle so the first keystroke is as fast as the rest.
 */
export function prepareLinter(): void {
  phrases();
}

/**
 * Forgets the paragraphs and sentences already read, so the next lint reads its text as new
 * (benchmarks measure a text seen for the first time with it; nothing else needs it).
 */
export function forgetReadText(): void {
  clearPieceCache();
  clearTagCache();
}

/** The words of a text as the linter reads them (for debugging phrase lists). */
export function readAs(text: string): string {
  return analyse(text)
    .tokens.map((t: Token) => t.word)
    .join(' ');
}
