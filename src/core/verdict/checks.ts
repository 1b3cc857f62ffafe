/** The checklist: each check of the piece's kind (src/core/pieces/ready.ts), read off the open findings. */
import type { LintCategory } from '../lint/types';
import { isPosted } from '../pieces/kinds';
import {
  CHECK_CATEGORIES,
  INTENT_CHECKS,
  READY_CHECKS,
  checkLabel,
  type CheckId,
  type CheckWords,
} from '../pieces/ready';
import type { Kind } from '../types';
import type { Check, VerdictFinding, VerdictIntent } from './types';

export interface CheckInput {
  kind: Kind;
  intent: VerdictIntent;
  open: readonly VerdictFinding[];
  missing: readonly string[];
  printProblem: string | null;
  /** The sign-off line in the checked text, when known: anything flagged in it fails "signed". */
  signOff: { start: number; end: number } | null;
}

/** Findings that count against a check: errors and warnings; a thought (info) never blocks. */
const counts = (f: VerdictFinding, categories: readonly LintCategory[]) =>
  f.parts.some((p) => p.severity !== 'info' && categories.includes(p.category));
const weighs = (f: VerdictFinding) => f.parts.some((p) => p.severity !== 'info');

function inSignOff(f: VerdictFinding, signOff: CheckInput['signOff']): boolean {
  return signOff !== null && f.scope === 'words' && f.start < signOff.end && f.end > signOff.start && weighs(f);
}

export function evaluateChecks(input: CheckInput): Check[] {
  const { kind, intent, open, missing, printProblem, signOff } = input;
  const ids = READY_CHECKS[kind].filter((id) => id !== 'fits' || isPosted(kind));
  const covered = new Set<LintCategory>(ids.flatMap((id) => CHECK_CATEGORIES[id]));
  const failing = (id: CheckId): VerdictFinding[] => {
    const mine = open.filter((f) => counts(f, CHECK_CATEGORIES[id]));
    if (id === 'signed') for (const f of open) if (inSignOff(f, signOff) && !mine.includes(f)) mine.push(f);
    return mine;
  };
  const others = open.filter(
    (f) =>
      weighs(f) &&
      !f.parts.some((p) => p.severity !== 'info' && covered.has(p.category)) &&
      !(ids.includes('signed') && inSignOff(f, signOff)),
  );
  const words: CheckWords = {
    kind,
    declared: intent.declared ?? 'friendship',
    missing,
    printProblem,
    others: others.length,
  };
  const checks: Check[] = ids.map((id) => {
    const found = failing(id);
    let ok = found.length === 0;
    if (id === 'filled') ok = missing.length === 0;
    if (id === 'fits') ok = printProblem === null;
    if (INTENT_CHECKS.has(id)) ok = ok && intent.clear;
    return { id, label: checkLabel(id, words), ok, findings: found.map((f) => f.id) };
  });
  if (others.length > 0)
    checks.push({
      id: 'nothing-else',
      label: checkLabel('nothing-else', words),
      ok: false,
      findings: others.map((f) => f.id),
    });
  return checks;
}
