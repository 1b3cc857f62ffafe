/**
 * How printing goes, apart from Electron (tests/main/print.test.ts drives it with stand-ins):
 * show the PDF in a hidden window, open the system print dialog, and on any failure (an error,
 * a load or print that never answers, an empty callback) open the PDF in the system viewer
 * instead. The answer says which path it took. See docs/ARCHITECTURE.md, "Processes".
 */
import { OliveError } from '../core/errors';

export type PrintStatus = 'sent' | 'canceled' | 'external';

export interface PrintSteps {
  /** Shows the PDF in the hidden print window; resolves once it is ready to print. */
  load(): Promise<void>;
  /** The system print dialog; Electron's callback as `{ success, reason }`. */
  print(): Promise<{ success: boolean; reason: string }>;
  /** Opens the PDF in the system viewer; '' on success, else the problem. */
  openInViewer(): Promise<string>;
  /** Closes the print window; called once, whatever happened. */
  dispose(): void;
}

export interface PrintLimits {
  /** The PDF viewer has this long to show the document. */
  loadMs: number;
  /** The writer has this long in the print dialog; Electron drops the callback on some failures. */
  printMs: number;
}

/** Loading a few pages takes well under a second; a writer may think a while in the dialog. */
export const PRINT_LIMITS: PrintLimits = { loadMs: 20_000, printMs: 5 * 60_000 };

class TimedOut extends Error {}

function within<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new TimedOut(`${what} took longer than ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export async function printWithFallback(
  steps: PrintSteps,
  limits: PrintLimits = PRINT_LIMITS,
  log?: (message: string) => void,
): Promise<{ status: PrintStatus; reason?: string }> {
  let reason: string;
  try {
    await within(steps.load(), limits.loadMs, 'showing the PDF for printing');
    const outcome = await within(steps.print(), limits.printMs, 'the print dialog');
    if (outcome.success) {
      log?.('print: sent through the system print dialog');
      return { status: 'sent' };
    }
    if (/cancel/i.test(outcome.reason)) {
      log?.('print: canceled in the print dialog');
      return { status: 'canceled' };
    }
    reason = outcome.reason || 'the print dialog gave no reason';
  } catch (error) {
    reason = reasonOf(error);
  } finally {
    steps.dispose();
  }
  const problem = await steps.openInViewer().catch((error: unknown) => reasonOf(error));
  if (problem) {
    log?.(`print: failed (${reason}); the system viewer did not open either (${problem})`);
    throw new OliveError(
      'print/failed',
      `printing did not work (${reason}); export the PDF and print it from your PDF viewer`,
    );
  }
  log?.(`print: opened in the system PDF viewer instead (${reason})`);
  return { status: 'external', reason };
}
