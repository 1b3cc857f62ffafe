/** Marks the e2e perf test reads: the home screen is usable (navigation start is time 0). */
export const INTERACTIVE_MARK = 'olive:interactive';

let marked = false;
export function markInteractive(): void {
  if (marked) return;
  marked = true;
  performance.mark(INTERACTIVE_MARK);
}
