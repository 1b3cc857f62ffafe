/**
 * The Electron main process: one locked-down window, the typed IPC contract, menus, and a quit
 * that never loses a keystroke (pending recovery copies and store writes are flushed first).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, BrowserWindow, Menu, session } from 'electron';
import { warmUpPdf } from '../core/pdf';
import { draftPathFromArgs } from './args';
import { electronContext } from './electron-context';
import { createHandlers, type Handlers, type Services } from './handlers';
import { sendEvent } from './ipc/events';
import { registerIpc } from './ipc/register';
import { createSenderCheck } from './ipc/wrap';
import { buildMenu } from './menu';
import { denyNavigation, hardenSession } from './security';

const here = dirname(fileURLToPath(import.meta.url));
const preloadPath = join(here, '../preload/index.cjs');
const rendererFile = join(here, '../renderer/index.html');
const devServer = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
/** Packaged: templates/ and resources/ are extraResources; in development, the project root. */
const resourcesRoot = app.isPackaged ? process.resourcesPath : join(here, '../..');

// Tests point the app at a temporary profile; in normal use these are unset.
if (process.env.OLIVE_USER_DATA_DIR) app.setPath('userData', process.env.OLIVE_USER_DATA_DIR);
if (process.env.OLIVE_DOCUMENTS_DIR) app.setPath('documents', process.env.OLIVE_DOCUMENTS_DIR);

app.enableSandbox();

let mainWindow: BrowserWindow | undefined;
let documentState: { dirty: boolean; title?: string | undefined } = { dirty: false };
let closeConfirmed = false;
let rendererGone = false;
let rendererHung = false;
/** Set by Quit: once the writer has answered the close prompt, quitting carries on (also on macOS). */
let quitting = false;
let flushedForQuit = false;
const pendingOpen: string[] = [];

/** Created once the app is ready: the locale and some paths are only known then. */
let services: Services | undefined;

function createServices(): { handlers: Handlers; services: Services } {
  return createHandlers(
    electronContext({
      parent: () => mainWindow,
      resources: resourcesRoot,
      window: {
        setDocumentState(state) {
          documentState = state;
          if (!mainWindow) return;
          mainWindow.setDocumentEdited(state.dirty);
          mainWindow.setTitle(state.title ? `${state.title}${state.dirty ? ' •' : ''} — Olive Branch` : 'Olive Branch');
        },
        confirmClose() {
          closeConfirmed = true;
          mainWindow?.close();
        },
        takeOpenRequests: () => pendingOpen.splice(0),
      },
    }),
  );
}

/** Queues a file the OS handed us (command line, second launch, Finder); the renderer pulls it. */
function openPath(path: string): void {
  pendingOpen.push(path);
  sendEvent(mainWindow?.webContents, 'openRequested', {});
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1200,
    height: 820,
    minWidth: 720,
    minHeight: 520,
    show: false,
    title: 'Olive Branch',
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Middle-click must not open anything either.
      disableBlinkFeatures: 'Auxclick',
      // Spelling advice comes from the app's own offline dictionary (the lint.spelling channel);
      // Chromium's checker would double it, and on Linux it fetches dictionaries from the network.
      spellcheck: false,
      devTools: !app.isPackaged,
    },
  });
  win.once('ready-to-show', () => win.show());
  win.webContents.on('did-finish-load', () => {
    // A (re)loaded page has no unsaved state until it says so; its old edits are in recovery.
    documentState = { dirty: false };
  });
  win.webContents.on('render-process-gone', () => {
    // Unsaved text is in the recovery folder; a dead renderer cannot answer a close prompt.
    rendererGone = true;
  });
  win.on('unresponsive', () => (rendererHung = true));
  win.on('responsive', () => (rendererHung = false));
  win.on('close', (event) => {
    // A dead or hung renderer cannot answer; its unsaved text is in the recovery folder.
    if (closeConfirmed || rendererGone || rendererHung || !documentState.dirty) return;
    event.preventDefault();
    sendEvent(win.webContents, 'closeRequested', {});
  });
  win.on('closed', () => {
    mainWindow = undefined;
    documentState = { dirty: false };
    closeConfirmed = false;
    rendererGone = false;
    rendererHung = false;
    if (quitting) app.quit();
  });
  if (devServer) void win.loadURL(devServer);
  else void win.loadFile(rendererFile);
  return win;
}

function start(): void {
  denyNavigation();
  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    } else mainWindow = createWindow();
    const file = draftPathFromArgs(argv, workingDirectory);
    if (file) openPath(file);
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openPath(path);
  });

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession, devServer);
    const created = createServices();
    services = created.services;
    const isTrusted = createSenderCheck({
      rendererUrl: () => devServer ?? pathToFileURL(rendererFile).href,
      webContentsId: () => mainWindow?.webContents.id,
    });
    registerIpc(created.handlers, isTrusted, (message, error) => console.error(`[olive] ${message}`, error ?? ''));
    Menu.setApplicationMenu(buildMenu((command) => sendEvent(mainWindow?.webContents, 'command', { command }), { devTools: !app.isPackaged }));
    const file = draftPathFromArgs(process.argv);
    if (file) openPath(file);
    mainWindow = createWindow();
    // Parse the fonts while the window paints, so the first preview is as quick as the rest.
    setTimeout(() => void warmUpPdf(created.services.ctx.paths.fonts).catch(() => undefined), 0);
    app.on('activate', () => {
      if (!mainWindow) mainWindow = createWindow();
    });
  });

  app.on('before-quit', () => {
    quitting = true;
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('will-quit', (event) => {
    if (flushedForQuit || !services) return;
    event.preventDefault();
    void services
      .flush()
      .catch((error: unknown) => console.error('[olive] could not flush before quitting', error))
      .finally(() => {
        flushedForQuit = true;
        app.quit();
      });
  });
}

if (app.requestSingleInstanceLock()) start();
else app.quit();
