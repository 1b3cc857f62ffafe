/**
 * The rules described from their own metadata, for `olive lint --rules` and docs/rules.md: one
 * source, so nothing about a rule is written twice.
 */
import { RULES } from './registry';
import type { RuleExample } from './rule';
import { LINT_CATEGORIES } from './types';

export interface RuleListing {
  id: string;
  category: string;
  severity: string;
  step: number | 'by-kind';
  fixable: boolean;
  description: string;
  flag: string[];
  pass: string[];
}

function exampleText(e: string | RuleExample): string {
  return typeof e === 'string' ? e : e.text;
}

/** Every rule, in category order (as in LINT_CATEGORIES), then by id. */
export function ruleListings(): RuleListing[] {
  const order = new Map<string, number>(LINT_CATEGORIES.map((c, i) => [c, i]));
  return [...RULES]
    .sort(
      (a, b) =>
        (order.get(a.meta.category) ?? 99) - (order.get(b.meta.category) ?? 99) || (a.meta.id < b.meta.id ? -1 : 1),
    )
    .map((r) => ({
      id: r.meta.id,
      category: r.meta.category,
      severity: r.meta.severity,
      step: r.meta.step,
      fixable: r.meta.fixable,
      description: r.meta.description,
      flag: r.meta.examples.flag.map(exampleText),
      pass: r.meta.examples.pass.map(exampleText),
    }));
}

const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, ' / ');

/** Plain text for a terminal: one block per rule. */
export function rulesAsText(): string {
  let out = '';
  for (const r of ruleListings()) {
    const step = r.step === 'by-kind' ? 'step by kind' : `step ${r.step}`;
    out += `${r.id}  (${r.severity}, ${step}${r.fixable ? ', has a fix' : ''})\n  ${r.description}\n`;
    out += `  flags:  ${r.flag.map((t) => `"${oneLine(t)}"`).join('; ')}\n`;
    out += `  passes: ${r.pass.map((t) => `"${oneLine(t)}"`).join('; ')}\n\n`;
  }
  return out;
}

const cell = (text: string): string => oneLine(text).replace(/\|/g, '\\|');

/** Markdown for docs/rules.md. */
export function rulesAsMarkdown(): string {
  const listings = ruleListings();
  let out =
    `# The wording rules\n\nGenerated from the rules' own metadata by \`npm run docs:rules\` (the same text ` +
    `\`olive lint --rules\`\nprints); a test fails when this file is out of date. Each rule's examples are ` +
    `tested: the "flags"\nones must be reported by the rule and the "passes" ones must ` +
    `not.\n\n${listings.length} rules.\n`;
  let category = '';
  for (const r of listings) {
    if (r.category !== category) {
      category = r.category;
      out += `\n## ${category}\n`;
    }
    const step = r.step === 'by-kind' ? 'by kind of piece' : `guide step ${r.step}`;
    out +=
      `\n### \`${r.id}\`\n\n${r.description} Severity ${r.severity}, ` +
      `${step}${r.fixable ? ', offers a fix' : ''}.\n\n`;
    out += `| flags | passes |\n|---|---|\n`;
    const rows = Math.max(r.flag.length, r.pass.length);
    for (let i = 0; i < rows; i++)
      out +=
        `| ${r.flag[i] !== undefined ? cell(r.flag[i] as string) : ''} | ` +
        `${r.pass[i] !== undefined ? cell(r.pass[i] as string) : ''} |\n`;
  }
  return out;
}
