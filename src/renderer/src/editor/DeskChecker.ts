/**
 * Holds the desk's words between main's renders and re-checks them on every change (see
 * deskCheck.ts for the check itself, docs/ARCHITECTURE.md, "The verdict"). It imports no linter:
 * the check arrives with `setCheck` once its module has loaded.
 */
import type { Base, DeskCheck, DeskContext } from './deskCheck';

export type CheckDesk = (base: Base, values: Record<string, string>, context: DeskContext) => DeskCheck;

/**
 * Why the desk checked again: the writer's words (typing, and main's render that follows it),
 * which the panels may wait on until typing pauses, or a choice (ignore, a check turned off, the
 * situation, the linter arriving), which they show at once so nothing moves under the pointer later.
 */
export type CheckCause = 'words' | 'choice';

function sameValues(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if ((a[k] ?? '') !== (b[k] ?? '')) return false;
  return true;
}

/**
 * Holds the base document and the current values, re-checks synchronously on every change, and
 * tells every subscribed editor (each long field has its own) so the underlines stay in step.
 */
export class DeskChecker {
  private base: Base | null = null;
  private values: Record<string, string>;
  private context: DeskContext;
  private check: CheckDesk | null = null;
  private listeners = new Set<(check: DeskCheck, cause: CheckCause) => void>();
  /** Fields the writer types into here; the rest (choices, defaults) follow main's render. */
  private typed = new Set<string>();
  current: DeskCheck | null = null;

  constructor(values: Record<string, string>, context: DeskContext) {
    this.values = { ...values };
    this.context = context;
  }

  subscribe(listener: (check: DeskCheck, cause: CheckCause) => void): () => void {
    this.listeners.add(listener);
    if (this.current) listener(this.current, 'choice');
    return () => this.listeners.delete(listener);
  }

  setBase(base: Base): void {
    const synced = { ...this.values };
    for (const [field, value] of Object.entries(base.values)) if (!this.typed.has(field)) synced[field] = value;
    this.values = synced;
    const unchanged =
      this.base !== null &&
      this.current !== null &&
      this.current.text === base.doc.text &&
      sameValues(base.values, this.values);
    this.base = base;
    // Main's render usually says exactly what the splice already said: then there is nothing to redo.
    if (!unchanged) this.run('words');
  }

  setField(field: string, value: string): void {
    this.typed.add(field);
    if (this.values[field] === value) return;
    this.values = { ...this.values, [field]: value };
    this.run('words');
  }

  /** The checking function, once its module has loaded: the first verdict follows at once. */
  setCheck(check: CheckDesk): void {
    this.check = check;
    this.run('choice');
  }

  setContext(context: DeskContext): void {
    // The partner's name is typed like any other words; kept findings and the situation are choices.
    const before = this.context;
    const chosen =
      JSON.stringify(before.kept) !== JSON.stringify(context.kept) ||
      before.heard !== context.heard ||
      before.unanswered !== context.unanswered ||
      before.printProblem !== context.printProblem;
    const same =
      !chosen &&
      before.partnerName === context.partnerName &&
      JSON.stringify(before.fields) === JSON.stringify(context.fields);
    this.context = context;
    if (!same) this.run(chosen ? 'choice' : 'words');
  }

  value(field: string): string {
    return this.values[field] ?? '';
  }

  private run(cause: CheckCause): void {
    if (!this.base || !this.check) return;
    const next = this.check(this.base, this.values, this.context);
    // The same check again (main's render said what the splice already said): nothing to redraw.
    if (next === this.current) return;
    this.current = next;
    for (const listener of this.listeners) listener(this.current, cause);
  }
}
