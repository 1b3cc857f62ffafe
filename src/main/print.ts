/**
 * Printing the exported PDF itself (not the editor page): a hidden window shows the file in
 * Chromium's PDF viewer and opens the system print dialog; print-flow.ts decides what happens
 * when that fails. The window lives in its own in-memory session, so the app session's CSP and
 * request filter (made for app:// pages) never touch the viewer, and this session allows only the
 * one file being printed and the viewer's own resources.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BrowserWindow, session, shell, type Session } from 'electron';
import { printWithFallback, type PrintStatus } from './print-flow';
import { isAllowedPrintRequest } from './security-policy';

/** No `persist:` prefix: in memory only, nothing of it is written to the profile. */
export const PRINT_PARTITION = 'olive-print';

/** The PDFs being printed now: the only files the print session may load. */
const printing = new Set<string>();
let printSession: Session | undefined;

/** Set up once; the filter reads `printing` on every request. */
function preparedSession(): Session {
  if (printSession) return printSession;
  const ses = session.fromPartition(PRINT_PARTITION);
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = [...printing].some((file) => isAllowedPrintRequest(details.url, file, fileURLToPath));
    callback({ cancel: !allowed });
  });
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.on('will-download', (event) => event.preventDefault());
  printSession = ses;
  return ses;
}

export async function printPdf(pdf: Uint8Array, folder: string, log?: (message: string) => void): Promise<PrintStatus> {
  await mkdir(folder, { recursive: true });
  await removeOldPrintFiles(folder);
  const file = join(folder, `print-${randomBytes(6).toString('hex')}.pdf`);
  await writeFile(file, pdf);
  printing.add(file);
  let win: BrowserWindow | undefined;
  const result = await printWithFallback(
    {
      async load() {
        win = new BrowserWindow({
          show: false,
          webPreferences: {
            session: preparedSession(),
            sandbox: true,
            contextIsolation: true,
            nodeIntegration: false,
            webSecurity: true,
            // The PDF viewer is a plugin.
            plugins: true,
            spellcheck: false,
            devTools: false,
            disableBlinkFeatures: 'Auxclick',
          },
        });
        const contents = win.webContents;
        await contents.loadURL(pathToFileURL(file).href);
        // The viewer's own frames may still be loading when the page itself has.
        if (contents.isLoading())
          await new Promise<void>((resolve) => contents.once('did-stop-loading', () => resolve()));
      },
      print: () =>
        new Promise((resolve, reject) => {
          if (!win || win.isDestroyed()) return reject(new Error('the print window closed'));
          win.webContents.print({ silent: false, printBackground: true }, (success, reason) =>
            resolve({ success, reason }),
          );
        }),
      // The file stays for the system viewer; it is removed at a later print.
      openInViewer: () => shell.openPath(file),
      dispose() {
        if (win && !win.isDestroyed()) win.destroy();
        win = undefined;
        printing.delete(file);
      },
    },
    undefined,
    log,
  );
  return result.status;
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
