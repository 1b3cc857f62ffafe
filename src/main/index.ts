/**
 * The Electron main process: one locked-down window on app://olive, the typed IPC contract, menus,
 * files the OS asks us to open, and a quit that never loses a keystroke (pending recovery copies
 * and store writes are flushed first). How the pieces fit: docs/ARCHITECTURE.md, "Processes".
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, Menu, protocol, session } from 'electron';
import { createAppProtocolHandler, APP_SCHEME_PRIVILEGES } from './app-protocol';
import { draftPathFromArgs } from './args';
import { electronContext } from './electron-context';
import { createHandlers, type Handlers, type Services } from './handlers';
import { sendEvent } from './ipc/events';
import { registerIpc } from './ipc/register';
import { createSenderCheck } from './ipc/wrap';
import { buildMenu } from './menu';
import { guardWebContents, hardenAppSession } from './security';
import { APP_ENTRY_URL, APP_SCHEME, CONTENT_SECURITY_POLICY } from './security-policy';
import { CloseGate, windowTitle } from './window-state';

const here = dirname(fileURLToPath(import.meta.url));
const preloadPath = join(here, '../preload/index.cjs');
const rendererDir = join(here, '../renderer');
const devServer = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
/** The page the main window shows, and the only one IPC and the clipboard trust. */
const rendererUrl = devServer ?? APP_ENTRY_URL;
/** Packaged: templates/ and resources/ are extraResources; in development, the project root. */
const resourcesRoot = app.isPackaged ? process.resourcesPath : join(here, '../..');

// Tests point the app at a temporary profile; in normal use these are unset.
if (process.env.OLIVE_USER_DATA_DIR) app.setPath('userData', process.env.OLIVE_USER_DATA_DIR);
if (process.env.OLIVE_DOCUMENTS_DIR) app.setPath('documents', process.env.OLIVE_DOCUMENTS_DIR);

// Must happen before `ready`.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
app.enableSandbox();

let mainWindow: BrowserWindow | undefined;
const gate = new CloseGate();
let ready = false;
let flushedForQuit = false;
/** Files the OS asked us to open, until the renderer takes them (window.takeOpenRequests). */
const openRequests: string[] = [];

/** Created once the app is ready: the locale and some paths are only known then. */
let services: Services | undefined;

function createServices(): { handlers: Handlers; services: Services } {
  return createHandlers(
    electronContext({
      parent: () => mainWindow,
      resources: resourcesRoot,
      window: {
        setDocumentState(state) {
          gate.setDocumentState(state);
          if (!mainWindow) return;
          mainWindow.setDocumentEdited(state.dirty);
          mainWindow.setTitle(windowTitle(state));
        },
        confirmClose() {
          gate.confirm();
          mainWindow?.close();
        },
        takeOpenRequests: () => openRequests.splice(0),
      },
    }),
  );
}

/**
 * A file the OS handed us (command line, second launch, Finder). It waits in `openRequests` and
 * the renderer is nudged; a renderer that is not listening yet pulls it once it is. On macOS the
 * app lives on with no window, so one is opened for it.
 */
function requestOpen(path: string): void {
  openRequests.push(path);
  if (!ready) return;
  if (!mainWindow) mainWindow = createWindow();
  else {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  }
  sendEvent(mainWindow.webContents, 'openRequested', {});
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1200,
    height: 820,
    minWidth: 720,
    minHeight: 520,
    show: false,
    title: windowTitle({ dirty: false }),
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
  // Main owns the title (window-state.ts); the page's <title> must not replace it.
  win.on('page-title-updated', (event) => event.preventDefault());
  win.webContents.on('did-finish-load', () => {
    gate.pageLoaded();
    win.setDocumentEdited(false);
    win.setTitle(windowTitle(gate.document));
  });
  win.webContents.on('render-process-gone', () => gate.rendererCrashed());
  win.on('unresponsive', () => gate.setHung(true));
  win.on('responsive', () => gate.setHung(false));
  win.on('close', (event) => {
    if (gate.closing() === 'close') return;
    event.preventDefault();
    sendEvent(win.webContents, 'closeRequested', {});
  });
  win.on('closed', () => {
    mainWindow = undefined;
    if (gate.closed().quit) app.quit();
  });
  // Windows log-off and shutdown never emit before-quit: write what is pending while we can.
  const flushNow = () =>
    void services?.flush().catch((error: unknown) => console.error('[olive] could not flush at session end', error));
  win.on('query-session-end', flushNow);
  win.on('session-end', flushNow);
  void win.loadURL(rendererUrl);
  return win;
}

function start(): void {
  guardWebContents(devServer);
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const file = draftPathFromArgs(argv, workingDirectory);
    if (file) requestOpen(file);
    else if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    } else if (ready) mainWindow = createWindow();
  });
  // Listened for before `ready`: macOS sends the file that launched the app this way.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    requestOpen(path);
  });

  void app.whenReady().then(() => {
    protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir, CONTENT_SECURITY_POLICY));
    hardenAppSession(session.defaultSession, {
      rendererUrl,
      devServer,
      mainWebContentsId: () => mainWindow?.webContents.id,
    });
    const created = createServices();
    services = created.services;
    const isTrusted = createSenderCheck({
      rendererUrl: () => rendererUrl,
      webContentsId: () => mainWindow?.webContents.id,
    });
    registerIpc(created.handlers, isTrusted, (message, error) => console.error(`[olive] ${message}`, error ?? ''));
    Menu.setApplicationMenu(
      buildMenu((command) => sendEvent(mainWindow?.webContents, 'command', { command }), { devTools: !app.isPackaged }),
    );
    const file = draftPathFromArgs(process.argv);
    if (file) openRequests.push(file);
    ready = true;
    mainWindow = createWindow();
    // Parse the fonts while the window paints, so the first preview is as quick as the rest.
    setTimeout(() => void created.services.warmUp().catch(() => undefined), 0);
    app.on('activate', () => {
      if (!mainWindow) mainWindow = createWindow();
    });
  });

  app.on('before-quit', () => gate.quitStarted());

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
