/**
 * The main window's document state and the close/quit rules, apart from Electron (tested in
 * tests/main/app.test.ts through the entry, and directly). Main is the one owner of the window
 * title: the renderer reports the draft's name and whether it is unsaved (window.setDocumentState)
 * and never sets document.title.
 */

export interface DocumentState {
  dirty: boolean;
  title?: string | undefined;
}

export const APP_TITLE = 'Olive Branch';

/** "Card to Sam • — Olive Branch" while unsaved; "Olive Branch" with no draft open. */
export function windowTitle(state: DocumentState): string {
  if (!state.title) return APP_TITLE;
  return `${state.title}${state.dirty ? ' •' : ''} — ${APP_TITLE}`;
}

export type CloseDecision = 'close' | 'ask';

/**
 * Whether the window may close now or the writer must be asked first (unsaved changes), and
 * whether a close the writer confirmed should go on to quit the app. Electron cancels a quit when
 * a window's close is prevented, so a quit that had to ask is resumed after the answer; a quit the
 * writer cancelled is forgotten at the next close, which then closes only the window (macOS).
 */
export class CloseGate {
  private state: DocumentState = { dirty: false };
  private confirmed = false;
  private rendererGone = false;
  private rendererHung = false;
  private quitRequested = false;
  private quitAfterClose = false;

  get document(): DocumentState {
    return this.state;
  }

  setDocumentState(state: DocumentState): void {
    this.state = state;
  }

  /** A (re)loaded page has no unsaved state until it says so; its old edits are in recovery. */
  pageLoaded(): void {
    this.state = { dirty: false };
    this.rendererGone = false;
  }

  rendererCrashed(): void {
    this.rendererGone = true;
  }

  setHung(hung: boolean): void {
    this.rendererHung = hung;
  }

  /** `before-quit`: the windows are about to be asked to close. */
  quitStarted(): void {
    this.quitRequested = true;
  }

  /** The window's `close` event. */
  closing(): CloseDecision {
    // The close that follows the writer's answer: whether it quits was settled when asking.
    if (this.confirmed) return 'close';
    // A dead or hung renderer cannot answer; its unsaved text is in the recovery folder.
    const decision: CloseDecision = this.rendererGone || this.rendererHung || !this.state.dirty ? 'close' : 'ask';
    this.quitAfterClose = this.quitRequested && decision === 'ask';
    this.quitRequested = false;
    return decision;
  }

  /** The renderer answered the close prompt with save or discard. */
  confirm(): void {
    this.confirmed = true;
  }

  /** The window's `closed` event: whether to resume the quit that asked first. */
  closed(): { quit: boolean } {
    const quit = this.quitAfterClose;
    this.state = { dirty: false };
    this.confirmed = false;
    this.rendererGone = false;
    this.rendererHung = false;
    this.quitAfterClose = false;
    return { quit };
  }
}
