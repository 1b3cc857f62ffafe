/**
 * The verdict: one answer to "is this ready to mail?", computed here and read everywhere (the
 * desk's checklist, intent indicator and issues panel, `olive lint`, the export and mark-as-mailed
 * steps). Same draft, same answer. See docs/ARCHITECTURE.md, "The verdict".
 *
 *   lint (every rule, nothing dropped) -> placed in the writer's words -> open or kept on purpose
 *   -> merged per stretch of words -> intent reading -> the kind's checks -> headline
 */
import { lintDocument } from '../lint/document';
import type { LintResult } from '../lint/types';
import { lastStep } from '../pieces/kinds';
import type { RenderedDocument } from '../templates/types';
import { NAME_SPAN_IDS } from '../templates/types';
import type { Intent, Kind } from '../types';
import { evaluateChecks } from './checks';
import { excerptOfItem, keptReason, mergeFindings, type Located, type MergeContext } from './findings';
import { readIntent } from './intent';
import { TEXT_FIELD, locateDocument, locateText, locateUnplaced } from './locate';
import type { KeptChoices, KeptReason, PieceField, PieceInput, Verdict } from './types';

export type * from './types';
export { TEXT_FIELD, writingField } from './locate';
export { isAboutThePiece, isSwitchedOff, sameWords } from './findings';

function plural(n: number, one: string, many: string): string {
  return `${n === 1 ? 'one' : n} ${n === 1 ? one : many}`;
}

function headline(kind: Kind, ready: boolean, kept: number, failing: number): string {
  const { verb } = lastStep(kind);
  if (!ready) return `Not yet: ${plural(failing, 'thing', 'things')} still open`;
  return kept > 0 ? `Ready to ${verb}, with ${plural(kept, 'thing', 'things')} you chose to keep` : `Ready to ${verb}`;
}

/** Needed fields left empty, by label (choices always hold a value). */
function missingFields(fields: readonly PieceField[], values: Readonly<Record<string, string>>): string[] {
  return fields
    .filter((f) => f.required && f.type !== 'choice' && (values[f.id] ?? '').trim() === '')
    .map((f) => f.label);
}

/** The line the sender's name is on: the sign-off. */
function signOffOf(doc: RenderedDocument): { start: number; end: number } | null {
  const spans = doc.spans.filter((s) => s.field === NAME_SPAN_IDS.sender);
  const last = spans[spans.length - 1];
  if (!last) return null;
  const start = doc.text.lastIndexOf('\n', last.start - 1) + 1;
  const next = doc.text.indexOf('\n', last.end);
  return { start, end: next === -1 ? doc.text.length : next };
}

interface Judged {
  kind: Kind;
  declared: Intent | null;
  stated: LintResult['intent']['stated'];
  located: Located[];
  ctx: MergeContext;
  kept: KeptChoices | undefined;
  missing: string[];
  printProblem: string | null;
  signOff: { start: number; end: number } | null;
}

function judge(j: Judged): Verdict {
  const sorted = j.located.map((item) => ({
    item,
    kept: keptReason(item, excerptOfItem(item, j.ctx), j.kept) as KeptReason | undefined,
  }));
  const findings = mergeFindings(
    sorted.filter((s) => s.kept === undefined),
    j.ctx,
  );
  const kept = mergeFindings(
    sorted.filter((s) => s.kept !== undefined),
    j.ctx,
  );
  const intent = readIntent(j.kind, j.declared, j.stated, findings);
  const checks = evaluateChecks({
    kind: j.kind,
    intent,
    open: findings,
    missing: j.missing,
    printProblem: j.printProblem,
    signOff: j.signOff,
  });
  const failing = checks.filter((c) => !c.ok).length;
  const ready = failing === 0;
  return {
    kind: j.kind,
    ready,
    headline: headline(j.kind, ready, kept.length, failing),
    intent,
    checks,
    findings,
    kept,
    missing: j.missing,
    printProblem: j.printProblem,
  };
}

/** The verdict on a rendered piece: the desk (live, every keystroke) and the last step use this. */
export function verdictForPiece(input: PieceInput): Verdict {
  const { doc } = input;
  const options = {
    ...(input.heard ? { heard: input.heard } : {}),
    ...(input.unanswered !== undefined ? { unanswered: input.unanswered } : {}),
    ...(input.partnerName ? { partnerName: input.partnerName } : {}),
    ...(input.speller ? { speller: input.speller } : {}),
  };
  const result = lintDocument(doc, options);
  const located = locateDocument(doc, result.diagnostics, input.values, input.fields);
  if (input.unplaced?.length)
    located.push(
      ...locateUnplaced(input.unplaced, { ...options, intent: doc.intent, kind: doc.kind }, doc.text.length + 1),
    );
  return judge({
    kind: doc.kind,
    declared: doc.intent,
    stated: result.intent.stated,
    located,
    ctx: { text: doc.text, values: input.values, fields: input.fields },
    kept: input.kept,
    missing: missingFields(input.fields, input.values),
    printProblem: input.printProblem ?? null,
    signOff: signOffOf(doc),
  });
}

/** The verdict on a plain text already linted (`olive lint`): all of it is the writer's words. */
export function verdictForText(text: string, result: LintResult): Verdict {
  return judge({
    kind: result.kind,
    declared: result.intent.declared,
    stated: result.intent.stated,
    located: locateText(result.diagnostics),
    ctx: { text, values: { [TEXT_FIELD]: text }, fields: [] },
    kept: undefined,
    missing: [],
    printProblem: null,
    signOff: null,
  });
}
