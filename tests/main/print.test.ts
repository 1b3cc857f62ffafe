/**
 * Printing's decisions (src/main/print-flow.ts) with stand-ins for the print window: every way the
 * in-app print can fail ends in the system viewer, with the path taken reported.
 */
import { describe, expect, it } from 'vitest';
import { printWithFallback, type PrintSteps } from '../../src/main/print-flow';

const QUICK = { loadMs: 50, printMs: 50 };
const never = <T>() => new Promise<T>(() => undefined);

function steps(over: Partial<PrintSteps>): PrintSteps & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    load: async () => void calls.push('load'),
    print: async () => {
      calls.push('print');
      return { success: true, reason: '' };
    },
    openInViewer: async () => {
      calls.push('external');
      return '';
    },
    dispose: () => void calls.push('dispose'),
    ...over,
  };
}

describe('printing', () => {
  it('sends through the system dialog and closes the print window', async () => {
    const s = steps({});
    const log: string[] = [];
    expect(await printWithFallback(s, QUICK, (m) => log.push(m))).toEqual({ status: 'sent' });
    expect(s.calls).toEqual(['load', 'print', 'dispose']);
    expect(log).toEqual(['print: sent through the system print dialog']);
  });

  it('reports a cancelled dialog as cancelled, without opening anything else', async () => {
    const s = steps({ print: async () => ({ success: false, reason: 'Print job canceled' }) });
    expect(await printWithFallback(s, QUICK)).toEqual({ status: 'canceled' });
    expect(s.calls).toEqual(['load', 'dispose']);
  });

  it.each<[string, Partial<PrintSteps>, RegExp]>([
    [
      'the print job failed',
      { print: async () => ({ success: false, reason: 'Print job failed' }) },
      /Print job failed/,
    ],
    ['no reason was given', { print: async () => ({ success: false, reason: '' }) }, /gave no reason/],
    [
      'the viewer could not load',
      { load: () => Promise.reject(new Error('ERR_BLOCKED_BY_CLIENT')) },
      /ERR_BLOCKED_BY_CLIENT/,
    ],
    ['the viewer never finished loading', { load: () => never() }, /showing the PDF for printing took longer/],
    ['Electron dropped the print callback', { print: () => never() }, /the print dialog took longer/],
    ['print threw', { print: () => Promise.reject(new Error('Invalid printer settings')) }, /Invalid printer settings/],
  ])('opens the system viewer when %s, and says so', async (_name, over, reason) => {
    const s = steps(over);
    const log: string[] = [];
    const result = await printWithFallback(s, QUICK, (m) => log.push(m));
    expect(result.status).toBe('external');
    expect(result.reason).toMatch(reason);
    expect(s.calls.filter((c) => c === 'dispose')).toHaveLength(1);
    expect(s.calls.at(-1)).toBe('external');
    expect(log.at(-1)).toMatch(/^print: opened in the system PDF viewer instead/);
  });

  it('fails with one clear sentence when the system viewer does not open either', async () => {
    const s = steps({
      print: async () => ({ success: false, reason: 'Print job failed' }),
      openInViewer: async () => 'No application is registered',
    });
    await expect(printWithFallback(s, QUICK)).rejects.toMatchObject({
      code: 'print/failed',
      message: expect.stringMatching(/^printing did not work \(Print job failed\); export the PDF/),
    });
    expect(s.calls).toEqual(['load', 'dispose']);
  });
});
