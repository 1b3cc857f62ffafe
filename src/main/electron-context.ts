import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, shell } from 'electron';
import { OliveError } from '../core/errors';
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
          await mkdir(dirname(defaultPath), { recursive: true }).catch(() => undefined);
          const opts = { defaultPath, filters: DRAFT_FILTERS };
          const r = parent ? await dialog.showSaveDialog(parent, opts) : await dialog.showSaveDialog(opts);
          return r.canceled || !r.filePath ? null : r.filePath;
        }),
      savePdf: (defaultPath) =>
        withParent(async (parent) => {
          await mkdir(dirname(defaultPath), { recursive: true }).catch(() => undefined);
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
 * sandboxed window shows the file in Chromium's PDF viewer and prints it. Where that cannot print
 * (some platforms print the viewer blank or refuse), the PDF opens in the system's own viewer,
 * whose Print command the writer then uses: `external`.
 */
async function printPdf(pdf: Uint8Array, folder: string): Promise<'sent' | 'canceled' | 'external'> {
  await mkdir(folder, { recursive: true });
  await removeOldPrintFiles(folder);
  const file = join(folder, `print-${randomBytes(6).toString('hex')}.pdf`);
  await writeFile(file, pdf);
  const win = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, plugins: true, disableBlinkFeatures: 'Auxclick' },
  });
  let outcome: { success: boolean; reason: string };
  try {
    await win.loadURL(pathToFileURL(file).href);
    outcome = await new Promise((resolve) => {
      win.webContents.print({ silent: false, printBackground: true }, (success, reason) => resolve({ success, reason }));
    });
  } catch (error) {
    outcome = { success: false, reason: String(error) };
  } finally {
    win.destroy();
  }
  if (outcome.success) return 'sent';
  if (/cancel/i.test(outcome.reason)) return 'canceled';
  // The file stays for the system viewer; it is removed at a later print.
  const problem = await shell.openPath(file);
  if (problem) throw new OliveError('print/failed', `printing did not work (${outcome.reason}); export the PDF and print it from your PDF viewer`);
  return 'external';
}

/** Print files older than a day: the system viewer has long finished with them. */
async function removeOldPrintFiles(folder: string): Promise<void> {
  const day = 24 * 60 * 60 * 1000;
  for (const name of await readdir(folder).catch(() => [] as string[])) {
    if (!/^print-[0-9a-f]+\.pdf$/.test(name)) continue;
    const full = join(folder, name);
    const info = await stat(full).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > day) await rm(full, { force: true });
  }
}

/** "en-GB": the UI language with the system's region (the region decides the paper). */
function systemLocale(): string {
  const locale = app.getLocale();
  const region = app.getLocaleCountryCode();
  return region ? `${locale.split(/[-_]/)[0] ?? 'en'}-${region}` : locale;
}
