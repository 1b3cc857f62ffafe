import { lint } from '../../../src/core/lint';
import type { Diagnostic, LintOptions } from '../../../src/core/lint';

/** The findings that count as problems (error or warning), as "rule «flagged words»". */
export function problems(text: string, options: LintOptions = {}): string[] {
  return lint(text, options)
    .diagnostics.filter((d) => d.severity !== 'info')
    .map((d) => `${d.rule} «${text.slice(d.start, d.end)}»`);
}

export function rulesOf(text: string, options: LintOptions = {}): string[] {
  return [
    ...new Set(
      lint(text, options)
        .diagnostics.filter((d) => d.severity !== 'info')
        .map((d) => d.rule),
    ),
  ].sort();
}

export function categoriesOf(text: string, options: LintOptions = {}): string[] {
  return [
    ...new Set(
      lint(text, options)
        .diagnostics.filter((d) => d.severity !== 'info')
        .map((d) => d.category),
    ),
  ].sort();
}

export function only(rule: string, text: string, options: LintOptions = {}): Diagnostic[] {
  return lint(text, options).diagnostics.filter((d) => d.rule === rule);
}

/** Applies a suggestion the way an editor would. */
export function applyFix(text: string, d: Diagnostic, index = 0): string {
  const s = d.suggestions[index];
  if (!s) throw new Error(`no suggestion ${index} on ${d.rule}`);
  return text.slice(0, d.start) + s.replacement + text.slice(d.end);
}
