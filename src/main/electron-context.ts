import { access, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { app, dialog, shell, type BrowserWindow, type SaveDialogOptions } from 'electron';
import type { HandlerContext } from './handlers/context';
import { printPdf } from './print';
import { chooseSavePath, replaceQuestion } from './save-dialog';

const DRAFT_FILTERS = [{ name: 'Olive Branch draft', extensions: ['olive'] }];
const PDF_FILTERS = [{ name: 'PDF', extensions: ['pdf'] }];

/** The handler context, filled in with Electron's dialogs, trash, shell and printing. */
export function electronContext(options: {
  parent: () => BrowserWindow | undefined;
  window: HandlerContext['window'];
  resources: string;
}): HandlerContext {
  const userData = app.getPath('userData');
  // Dialog functions are looked up at call time, so an e2e test can stand in for them.
  const withParent = <T>(show: (parent: BrowserWindow | undefined) => Promise<T>) => show(options.parent());
  return {
    paths: {
      userData,
      documents: join(app.getPath('documents'), 'Olive Branch'),
      recovery: join(userData, 'recovery'),
      templates: join(options.resources, 'templates'),
      fonts: join(options.resources, 'resources', 'fonts'),
    },
    dialogs: {
      openDraft: (defaultPath) =>
        withParent(async (parent) => {
          await mkdir(defaultPath, { recursive: true }).catch(() => undefined);
          const opts = {
            defaultPath,
            filters: [...DRAFT_FILTERS, { name: 'All files', extensions: ['*'] }],
            properties: ['openFile' as const],
          };
          const r = parent ? await dialog.showOpenDialog(parent, opts) : await dialog.showOpenDialog(opts);
          return r.canceled ? null : (r.filePaths[0] ?? null);
        }),
      saveDraft: (defaultPath) => withParent((parent) => saveDialog(parent, defaultPath, DRAFT_FILTERS, '.olive')),
      savePdf: (defaultPath) => withParent((parent) => saveDialog(parent, defaultPath, PDF_FILTERS, '.pdf')),
    },
    clock: { now: () => new Date() },
    trash: (path) => shell.trashItem(path),
    reveal: (path) => shell.showItemInFolder(path),
    print: (pdf) => printPdf(pdf, join(userData, 'print'), (message) => console.error(`[olive] ${message}`)),
    window: options.window,
    locale: systemLocale(),
    app: {
      name: app.getName(),
      version: app.getVersion(),
      versions: { electron: process.versions.electron, chrome: process.versions.chrome, node: process.versions.node },
      platform: process.platform,
    },
    log: (message, error) => console.error(`[olive] ${message}`, error ?? ''),
  };
}

/**
 * The system Save dialog, with the extension added before anything is replaced (save-dialog.ts).
 * `showOverwriteConfirmation` makes Linux ask about a name typed with its extension too.
 */
async function saveDialog(
  parent: BrowserWindow | undefined,
  defaultPath: string,
  filters: SaveDialogOptions['filters'],
  extension: string,
): Promise<string | null> {
  await mkdir(dirname(defaultPath), { recursive: true }).catch(() => undefined);
  return chooseSavePath(defaultPath, extension, {
    async show(suggested) {
      const opts: SaveDialogOptions = {
        defaultPath: suggested,
        filters,
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      };
      const r = parent ? await dialog.showSaveDialog(parent, opts) : await dialog.showSaveDialog(opts);
      return r.canceled || !r.filePath ? null : r.filePath;
    },
    exists: (path) =>
      access(path).then(
        () => true,
        () => false,
      ),
    async confirmReplace(path) {
      const question = replaceQuestion(path);
      const opts = {
        type: 'warning' as const,
        message: question.message,
        detail: question.detail,
        buttons: question.buttons,
        defaultId: 1,
        cancelId: 1,
        noLink: true,
      };
      const r = parent ? await dialog.showMessageBox(parent, opts) : await dialog.showMessageBox(opts);
      return r.response === 0;
    },
  });
}

/** "en-GB": the UI language with the system's region (the region decides the paper). */
function systemLocale(): string {
  const locale = app.getLocale();
  const region = app.getLocaleCountryCode();
  return region ? `${locale.split(/[-_]/)[0] ?? 'en'}-${region}` : locale;
}
