/**
 * The main window's title, close and quit rules (src/main/window-state.ts) and the Save dialog's
 * extension handling (src/main/save-dialog.ts), without Electron.
 */
import { describe, expect, it } from 'vitest';
import { CloseGate, windowTitle } from '../../src/main/window-state';
import { chooseSavePath, replaceQuestion, type SaveDialogSteps } from '../../src/main/save-dialog';

describe('window title', () => {
  it('names the draft and marks unsaved changes; the app name alone with no draft', () => {
    expect(windowTitle({ dirty: true, title: 'Card to Sam' })).toBe('Card to Sam • — Olive Branch');
    expect(windowTitle({ dirty: false, title: 'Card to Sam' })).toBe('Card to Sam — Olive Branch');
    expect(windowTitle({ dirty: false })).toBe('Olive Branch');
  });
});

describe('closing and quitting', () => {
  it('closes at once when nothing is unsaved, and asks first when something is', () => {
    const gate = new CloseGate();
    expect(gate.closing()).toBe('close');
    gate.setDocumentState({ dirty: true, title: 'Card to Sam' });
    expect(gate.closing()).toBe('ask');
    gate.confirm();
    expect(gate.closing()).toBe('close');
    expect(gate.closed()).toEqual({ quit: false });
  });

  it('a quit that had to ask goes on quitting once the writer answers', () => {
    const gate = new CloseGate();
    gate.setDocumentState({ dirty: true });
    gate.quitStarted();
    expect(gate.closing()).toBe('ask');
    gate.confirm();
    expect(gate.closing()).toBe('close');
    expect(gate.closed()).toEqual({ quit: true });
  });

  it('a cancelled quit is forgotten: closing the window later closes only the window (macOS)', () => {
    const gate = new CloseGate();
    gate.setDocumentState({ dirty: true });
    gate.quitStarted();
    expect(gate.closing()).toBe('ask');
    // The writer pressed Cancel: no confirmation comes. Later they save and close the window.
    gate.setDocumentState({ dirty: false });
    expect(gate.closing()).toBe('close');
    expect(gate.closed()).toEqual({ quit: false });
  });

  it('a cancelled quit is forgotten also when the next close asks and is confirmed', () => {
    const gate = new CloseGate();
    gate.setDocumentState({ dirty: true });
    gate.quitStarted();
    gate.closing();
    expect(gate.closing()).toBe('ask');
    gate.confirm();
    gate.closing();
    expect(gate.closed()).toEqual({ quit: false });
  });

  it('a dead or hung page cannot answer, so the window closes', () => {
    const gate = new CloseGate();
    gate.setDocumentState({ dirty: true });
    gate.rendererCrashed();
    expect(gate.closing()).toBe('close');
    gate.closed();
    gate.setDocumentState({ dirty: true });
    gate.setHung(true);
    expect(gate.closing()).toBe('close');
  });

  it('a reloaded page starts clean', () => {
    const gate = new CloseGate();
    gate.setDocumentState({ dirty: true, title: 'Card to Sam' });
    gate.pageLoaded();
    expect(gate.document).toEqual({ dirty: false });
    expect(gate.closing()).toBe('close');
  });
});

describe('save dialog', () => {
  function dialog(
    answers: (string | null)[],
    existing: string[],
    replace: boolean[] = [],
  ): SaveDialogSteps & { shown: string[]; asked: string[] } {
    const shown: string[] = [];
    const asked: string[] = [];
    return {
      shown,
      asked,
      show: async (defaultPath) => {
        shown.push(defaultPath);
        return answers.shift() ?? null;
      },
      exists: async (path) => existing.includes(path),
      confirmReplace: async (path) => {
        asked.push(path);
        return replace.shift() ?? false;
      },
    };
  }

  it('adds the extension the Linux dialog leaves off', async () => {
    const d = dialog(['/home/a/Card to Sam'], []);
    expect(await chooseSavePath('/home/a/Card.olive', '.olive', d)).toBe('/home/a/Card to Sam.olive');
    expect(d.asked).toEqual([]);
  });

  it('asks before replacing the file the extension names, and replaces only on yes', async () => {
    const d = dialog(['/home/a/Card to Sam'], ['/home/a/Card to Sam.olive'], [true]);
    expect(await chooseSavePath('/home/a/Card.olive', '.olive', d)).toBe('/home/a/Card to Sam.olive');
    expect(d.asked).toEqual(['/home/a/Card to Sam.olive']);
  });

  it('declining to replace opens the dialog again at that name', async () => {
    const d = dialog(['/home/a/Card to Sam', '/home/a/Card to Sam 2'], ['/home/a/Card to Sam.olive'], [false]);
    expect(await chooseSavePath('/home/a/Card.olive', '.olive', d)).toBe('/home/a/Card to Sam 2.olive');
    expect(d.shown).toEqual(['/home/a/Card.olive', '/home/a/Card to Sam.olive']);
  });

  it('trusts the dialog for a name typed with the extension (it asked itself), and cancels on cancel', async () => {
    const d = dialog(['/home/a/x.OLIVE'], ['/home/a/x.OLIVE']);
    expect(await chooseSavePath('/home/a/Card.olive', '.olive', d)).toBe('/home/a/x.OLIVE');
    expect(d.asked).toEqual([]);
    expect(await chooseSavePath('/home/a/Card.olive', '.olive', dialog([null], []))).toBeNull();
  });

  it('lets go of a writer who keeps declining', async () => {
    const d = dialog(Array(10).fill('/home/a/x'), ['/home/a/x.pdf'], Array(10).fill(false));
    expect(await chooseSavePath('/home/a/x.pdf', '.pdf', d)).toBeNull();
    expect(d.shown.length).toBeLessThanOrEqual(5);
  });

  it('asks in plain words', () => {
    expect(replaceQuestion('/home/a/Card to Sam.olive')).toMatchObject({
      message: '“Card to Sam.olive” already exists. Replace it?',
      buttons: ['Replace', 'Cancel'],
    });
  });
});
