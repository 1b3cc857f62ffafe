import type { UntrustedWork } from '../workers/pool';

/**
 * What handlers need from the world, passed in so they run in plain Node tests (and in the
 * Chromium harness) exactly as in the app. Electron fills it in src/main/electron-context.ts.
 */
export interface Dialogs {
  /** The chosen `.olive` file, or null when cancelled. */
  openDraft(defaultFolder: string): Promise<string | null>;
  /** Where to save a draft, or null when cancelled. */
  saveDraft(defaultPath: string): Promise<string | null>;
  /** Where to export a PDF, or null when cancelled. */
  savePdf(defaultPath: string): Promise<string | null>;
}

export interface HandlerPaths {
  /** Settings, contact log, recent list, user templates. */
  userData: string;
  /** Default folder for drafts and PDFs (Documents/Olive Branch). */
  documents: string;
  /** Recovery copies of unsaved drafts. */
  recovery: string;
  /** Bundled templates. */
  templates: string;
  /** Bundled fonts. */
  fonts: string;
}

export interface HandlerContext {
  paths: HandlerPaths;
  dialogs: Dialogs;
  clock: { now(): Date };
  /** Moves a file to the OS trash. */
  trash(path: string): Promise<void>;
  /** Shows a file in the file manager. */
  reveal(path: string): void;
  /** Sends PDF bytes to the system print dialog (`external`: opened in the system PDF viewer instead). */
  print(pdf: Uint8Array, title: string): Promise<'sent' | 'canceled' | 'external'>;
  /** The window's unsaved-changes state and close confirmation (main's window module). */
  window: {
    setDocumentState(state: { dirty: boolean; title?: string | undefined }): void;
    confirmClose(): void;
    /** Files the OS asked to open since the last call, oldest first (see docs/ARCHITECTURE.md, Processes). */
    takeOpenRequests(): string[];
  };
  /** BCP 47, e.g. "en-US"; the paper default comes from its region. */
  locale: string;
  app: {
    name: string;
    version: string;
    versions: { electron: string; chrome: string; node: string };
    platform: string;
  };
  /** Tests and the Chromium harness pass paths directly; the app only acts on granted ones. */
  allowDirectPaths?: boolean;
  /** Recovery write latency; default 1000 ms (so within the promised 2 s). */
  autosaveDelayMs?: number;
  /** Fixed PDF dates, for byte-stable output in tests. */
  pdfCreationDate?: Date;
  log?(message: string, error?: unknown): void;
  /** Where untrusted work runs; default: the process's one worker (src/main/workers/pool.ts). */
  untrustedWork?: UntrustedWork;
}
