import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, shell } from 'electron';
import type { HandlerContext } from './handlers/context';

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
          const opts = { defaultPath, filters: [...DRAFT_FILTERS, { name: 'All files', extensions: ['*'] }], properties: ['openFile' as const] };
          const r = parent ? await dialog.showOpenDialog(parent, opts) : await dialog.showOpenDialog(opts);
          return r.canceled ? null : (r.filePaths[0] ?? null);
        }),
      saveDraft: (defaultPath) =>
        withParent(async (parent) => {
          const opts = { defaultPath, filters: DRAFT_FILTERS };
          const r = parent ? await dialog.showSaveDialog(parent, opts) : await dialog.showSaveDialog(opts);
          return r.canceled || !r.filePath ? null : r.filePath;
        }),
      savePdf: (defaultPath) =>
        withParent(async (parent) => {
          const opts = { defaultPath, filters: PDF_FILTERS };
          const r = parent ? await dialog.showSaveDialog(parent, opts) : await dialog.showSaveDialog(opts);
          return r.canceled || !r.filePath ? null : r.filePath;
        }),
    },
    clock: { now: () => new Date() },
    trash: (path) => shell.trashItem(path),
    reveal: (path) => shell.showItemInFolder(path),
    print: (pdf) => printPdf(pdf, join(userData, 'print')),
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
 * Prints the exported PDF itself (not the editor page) through the system dialog: a hidden,
 * sandboxed window shows the file in Chromium's PDF viewer and prints it.
 */
async function printPdf(pdf: Uint8Array, folder: string): Promise<'sent' | 'canceled'> {
  await mkdir(folder, { recursive: true });
  const file = join(folder, `print-${randomBytes(6).toString('hex')}.pdf`);
  await writeFile(file, pdf);
  const win = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, plugins: true },
  });
  try {
    await win.loadURL(pathToFileURL(file).href);
    return await new Promise((resolve) => {
      win.webContents.print({ silent: false, printBackground: true }, (success) => resolve(success ? 'sent' : 'canceled'));
    });
  } finally {
    win.destroy();
    await rm(file, { force: true });
  }
}

/** "en-GB": the UI language with the system's region (the region decides the paper). */
function systemLocale(): string {
  const locale = app.getLocale();
  const region = app.getLocaleCountryCode();
  return region ? `${locale.split(/[-_]/)[0] ?? 'en'}-${region}` : locale;
}
