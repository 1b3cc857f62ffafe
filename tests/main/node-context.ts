import { mkdir, rename } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { Dialogs, HandlerContext } from '../../src/main/handlers/context';

/**
 * A HandlerContext without Electron, for Node tests and the Chromium harness (tests/e2e/harness.ts):
 * real folders under `dataDir`, scripted dialogs, a trash folder, a settable clock, and direct
 * paths allowed (there is no dialog for a test to click).
 */
export interface NodeContextOptions {
  dataDir: string;
  /** Bundled templates; default: the project's templates/ folder. */
  templatesDir?: string;
  locale?: string;
  /** Answers for dialogs, in order; when empty a dialog picks its default path (or cancels: see `cancelDialogs`). */
  dialogAnswers?: (string | null)[];
  cancelDialogs?: boolean;
  now?: () => Date;
  autosaveDelayMs?: number;
  pdfCreationDate?: Date;
}

export interface NodeContext extends HandlerContext {
  /** What happened that a test may want to check. */
  record: {
    trashed: string[];
    revealed: string[];
    printed: { bytes: Uint8Array; title: string }[];
    documentState: { dirty: boolean; title?: string | undefined }[];
    closeConfirmed: number;
    dialogs: { kind: keyof Dialogs; defaultPath: string }[];
  };
  /** Queue more dialog answers (null = cancel). */
  answerDialogs(...answers: (string | null)[]): void;
  /** As the OS would: files to open, waiting until the renderer takes them. */
  requestOpen(...paths: string[]): void;
}

export function createNodeContext(options: NodeContextOptions): NodeContext {
  const dataDir = resolve(options.dataDir);
  const answers = [...(options.dialogAnswers ?? [])];
  const openRequests: string[] = [];
  const trashDir = join(dataDir, 'Trash');
  const record: NodeContext['record'] = {
    trashed: [],
    revealed: [],
    printed: [],
    documentState: [],
    closeConfirmed: 0,
    dialogs: [],
  };
  const answer = (kind: keyof Dialogs, defaultPath: string): Promise<string | null> => {
    record.dialogs.push({ kind, defaultPath });
    if (answers.length > 0) return Promise.resolve(answers.shift() ?? null);
    return Promise.resolve(options.cancelDialogs ? null : defaultPath);
  };
  return {
    paths: {
      userData: join(dataDir, 'user-data'),
      documents: join(dataDir, 'Documents', 'Olive Branch'),
      recovery: join(dataDir, 'user-data', 'recovery'),
      templates: options.templatesDir ?? resolve(import.meta.dirname, '../../templates'),
      fonts: resolve(import.meta.dirname, '../../resources/fonts'),
    },
    dialogs: {
      openDraft: (folder) => answer('openDraft', folder),
      saveDraft: (path) => answer('saveDraft', path),
      savePdf: (path) => answer('savePdf', path),
    },
    clock: { now: options.now ?? (() => new Date()) },
    async trash(path) {
      await mkdir(trashDir, { recursive: true });
      await rename(path, join(trashDir, `${Date.now()}-${basename(path)}`));
      record.trashed.push(path);
    },
    reveal: (path) => void record.revealed.push(path),
    async print(bytes, title) {
      record.printed.push({ bytes, title });
      return 'sent';
    },
    window: {
      setDocumentState: (state) => void record.documentState.push(state),
      confirmClose: () => void record.closeConfirmed++,
      takeOpenRequests: () => openRequests.splice(0),
    },
    locale: options.locale ?? 'en-US',
    app: {
      name: 'Olive Branch',
      version: '0.0.0-test',
      versions: { electron: 'none', chrome: 'none', node: process.versions.node },
      platform: process.platform,
    },
    allowDirectPaths: true,
    ...(options.autosaveDelayMs !== undefined ? { autosaveDelayMs: options.autosaveDelayMs } : {}),
    ...(options.pdfCreationDate ? { pdfCreationDate: options.pdfCreationDate } : {}),
    record,
    answerDialogs: (...more) => void answers.push(...more),
    requestOpen: (...paths) => void openRequests.push(...paths),
  };
}
