/**
 * The Electron entry (src/main/index.ts) against a stand-in for the electron module: what it sets
 * up and how it reacts to Electron's events is checked without the binary. What only the real
 * binary can show is in tests/e2e/electron.spec.ts (docs/ARCHITECTURE.md, "Verified only in Electron").
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  class Emitter {
    listeners = new Map<string, Listener[]>();
    on(name: string, fn: Listener) {
      this.listeners.set(name, [...(this.listeners.get(name) ?? []), fn]);
      return this;
    }
    once(name: string, fn: Listener) {
      const wrapped: Listener = (...args) => {
        this.listeners.set(
          name,
          (this.listeners.get(name) ?? []).filter((f) => f !== wrapped),
        );
        return fn(...args);
      };
      return this.on(name, wrapped);
    }
    emit(name: string, ...args: unknown[]) {
      for (const fn of this.listeners.get(name) ?? []) fn(...args);
    }
  }
  class FakeSession {
    beforeRequest: Listener | undefined;
    headers: Listener | undefined;
    permissionRequest: Listener | undefined;
    permissionCheck: Listener | undefined;
    displayMedia: Listener | undefined;
    webRequest = {
      onBeforeRequest: (fn: Listener) => void (this.beforeRequest = fn),
      onHeadersReceived: (fn: Listener) => void (this.headers = fn),
    };
    setPermissionRequestHandler = (fn: Listener) => void (this.permissionRequest = fn);
    setPermissionCheckHandler = (fn: Listener) => void (this.permissionCheck = fn);
    setDevicePermissionHandler = vi.fn();
    setDisplayMediaRequestHandler = (fn: Listener) => void (this.displayMedia = fn);
    on = vi.fn();
    /** What the request filter says about `url`. */
    cancels(url: string): boolean {
      let answer: { cancel?: boolean } = {};
      this.beforeRequest?.({ url }, (r: { cancel?: boolean }) => (answer = r));
      return answer.cancel === true;
    }
  }
  const state = {
    order: [] as string[],
    windows: [] as FakeWindow[],
    handled: new Map<string, Listener>(),
    schemes: [] as unknown[],
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    sent: [] as [number, string, unknown][],
    quits: 0,
    defaultSession: new FakeSession(),
    partitions: new Map<string, FakeSession>(),
    paths: {} as Record<string, string>,
    ready: undefined as (() => void) | undefined,
    /** How the next print dialog ends. */
    printAnswer: [true, ''] as [boolean, string],
    openedExternally: [] as string[],
    saveAnswers: [] as (string | undefined)[],
    saveDialogs: [] as string[],
    openDialogs: [] as string[],
    messageBoxes: [] as { message: string }[],
    replaceAnswer: 1,
  };
  let nextId = 1;
  class FakeWebContents extends Emitter {
    id = nextId++;
    openHandler: Listener | undefined;
    url = '';
    constructor(readonly session: FakeSession) {
      super();
    }
    send(channel: string, payload: unknown) {
      state.sent.push([this.id, channel, payload]);
    }
    isDestroyed() {
      return false;
    }
    isLoading() {
      return false;
    }
    setWindowOpenHandler(fn: Listener) {
      this.openHandler = fn;
    }
    loadURL(url: string) {
      this.url = url;
      return Promise.resolve();
    }
    print(_options: unknown, callback: (success: boolean, reason: string) => void) {
      callback(...state.printAnswer);
    }
  }
  class FakeWindow extends Emitter {
    webContents: FakeWebContents;
    title = '';
    closed = false;
    destroyed = false;
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      super();
      this.webContents = new FakeWebContents(
        (options.webPreferences.session as FakeSession | undefined) ?? state.defaultSession,
      );
      state.windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    get loaded() {
      return this.webContents.url;
    }
    loadURL(url: string) {
      return this.webContents.loadURL(url);
    }
    setDocumentEdited() {}
    setTitle(title: string) {
      this.title = title;
    }
    close() {
      let prevented = false;
      this.emit('close', { preventDefault: () => (prevented = true) });
      if (!prevented) {
        this.closed = true;
        this.emit('closed');
      }
    }
    isMinimized() {
      return false;
    }
    isDestroyed() {
      return this.destroyed;
    }
    restore() {}
    focus() {}
    destroy() {
      this.destroyed = true;
    }
  }
  const app = Object.assign(new Emitter(), {
    isPackaged: false,
    setPath: (name: string, value: string) => void (state.paths[name] = value),
    getPath: (name: string) => state.paths[name] ?? '/tmp',
    enableSandbox: vi.fn(() => state.order.push('enableSandbox')),
    requestSingleInstanceLock: () => true,
    whenReady: () => new Promise<void>((resolve) => (state.ready = resolve)),
    getLocale: () => 'en-GB',
    getLocaleCountryCode: () => 'GB',
    getName: () => 'Olive Branch',
    getVersion: () => '0.1.0',
    quit: () => void state.quits++,
  });
  const session = {
    defaultSession: state.defaultSession,
    fromPartition: (name: string) => {
      const existing = state.partitions.get(name) ?? new FakeSession();
      state.partitions.set(name, existing);
      return existing;
    },
  };
  return {
    state,
    module: {
      app,
      BrowserWindow: FakeWindow,
      session,
      protocol: {
        registerSchemesAsPrivileged: (schemes: unknown[]) => {
          state.order.push('registerSchemesAsPrivileged');
          state.schemes.push(...schemes);
        },
        handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
          void state.protocolHandlers.set(scheme, handler),
      },
      Menu: { buildFromTemplate: (t: unknown) => ({ template: t }), setApplicationMenu: vi.fn() },
      ipcMain: { handle: (channel: string, fn: Listener) => void state.handled.set(channel, fn) },
      dialog: {
        showSaveDialog: async (_parent: unknown, options: { defaultPath: string }) => {
          state.saveDialogs.push(options.defaultPath);
          const answer = state.saveAnswers.shift();
          return answer === undefined ? { canceled: true } : { canceled: false, filePath: answer };
        },
        showOpenDialog: async (_parent: unknown, options: { defaultPath: string }) => {
          state.openDialogs.push(options.defaultPath);
          return { canceled: true, filePaths: [] };
        },
        showMessageBox: async (_parent: unknown, options: { message: string }) => {
          state.messageBoxes.push(options);
          return { response: state.replaceAnswer };
        },
      },
      shell: {
        trashItem: vi.fn(),
        showItemInFolder: vi.fn(),
        openPath: async (path: string) => {
          state.openedExternally.push(path);
          return '';
        },
      },
    },
  };
});

vi.mock('electron', () => ({ ...fake.module, default: fake.module }));

const { state } = fake;
const flush = () => new Promise((r) => setTimeout(r, 20));
const APP_PAGE = 'app://olive/index.html';

const dir = mkdtempSync(join(tmpdir(), 'olive-app-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The current main window (the last one the entry opened that is not the print window). */
const mainWindow = () => state.windows.filter((w) => !w.closed && !w.options.webPreferences.session).at(-1);
const ours = () => ({
  sender: { id: mainWindow()?.webContents.id ?? -1 },
  senderFrame: { url: APP_PAGE, parent: null },
});
async function call(
  channel: string,
  payload?: unknown,
): Promise<{ ok: boolean; value?: unknown; error?: { code: string } }> {
  const invoke = state.handled.get(`olive:${channel}`);
  if (!invoke) throw new Error(`no channel ${channel}`);
  return (await invoke(ours(), payload)) as { ok: boolean; value?: unknown; error?: { code: string } };
}
const eventsTo = (id: number | undefined, channel: string) =>
  state.sent.filter(([to, c]) => to === id && c === channel);

/** A real draft file, saved through the app itself. */
async function savedDraft(name: string): Promise<string> {
  const created = (await call('drafts.create', {
    templateId: 'card-thinking-of-you',
    recipientName: 'Sam',
    senderName: 'Alex',
  })) as {
    value: { docId: string; draft: unknown };
  };
  const path = join(dir, 'Documents', 'Olive Branch', `${name}.olive`);
  state.saveAnswers.push(path);
  const saved = await call('drafts.saveAs', { docId: created.value.docId, draft: created.value.draft });
  expect(saved).toMatchObject({ ok: true, value: { status: 'saved', path } });
  return path;
}

beforeAll(async () => {
  delete process.env.ELECTRON_RENDERER_URL;
  process.env.OLIVE_USER_DATA_DIR = join(dir, 'user-data');
  process.env.OLIVE_DOCUMENTS_DIR = join(dir, 'Documents');
  await import('../../src/main/index');
  state.order.push('ready');
  state.ready?.();
  await flush();
});

describe('the Electron entry', () => {
  it('uses the test profile folders and enables the sandbox for every renderer', () => {
    expect(state.paths.userData).toBe(process.env.OLIVE_USER_DATA_DIR);
    expect(fake.module.app.enableSandbox).toHaveBeenCalled();
  });

  it(
    'registers app:// as a privileged scheme before the app is ready, and serves the renderer from it with the ' +
      'CSP header',
    async () => {
      expect(state.order.indexOf('registerSchemesAsPrivileged')).toBeLessThan(state.order.indexOf('ready'));
      expect(state.schemes).toEqual([
        { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
      ]);
      const privileges = (state.schemes[0] as { privileges: Record<string, boolean> }).privileges;
      expect(privileges.bypassCSP).toBeUndefined();
      expect(privileges.corsEnabled).toBeUndefined();
      const serve = state.protocolHandlers.get('app');
      const page = await serve?.(new Request(APP_PAGE));
      expect(page?.status).toBe(200);
      expect(page?.headers.get('content-security-policy')).toMatch(/^default-src 'none'.*frame-ancestors 'none'/);
      expect(await page?.text()).toContain('<div id="root"></div>');
      expect((await serve?.(new Request('app://olive/../../package.json')))?.status).toBe(404);
    },
  );

  it('opens one locked-down window on app://olive, not file://', () => {
    expect(state.windows).toHaveLength(1);
    const prefs = state.windows[0]?.options.webPreferences ?? {};
    expect(prefs).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      spellcheck: false,
    });
    expect(String(prefs.preload)).toMatch(/preload[/\\]index\.cjs$/);
    expect(state.windows[0]?.loaded).toBe(APP_PAGE);
  });

  it('registers exactly the contract channels', async () => {
    const { API_METHODS, channelName } = await import('../../src/shared/ipc');
    const expected = Object.entries(API_METHODS).flatMap(([g, ms]) => ms.map((m) => channelName(g, m)));
    expect([...state.handled.keys()].sort()).toEqual(expected.sort());
  });

  it('blocks the network and file:, and adds no CSP header of its own to other responses', () => {
    const ses = state.defaultSession;
    expect(ses.cancels('https://example.com/')).toBe(true);
    expect(ses.cancels('file:///app/out/renderer/index.html')).toBe(true);
    expect(ses.cancels(APP_PAGE)).toBe(false);
    expect(ses.cancels('devtools://devtools/bundled/inspector.html')).toBe(false);
    // The app's pages get their CSP from the protocol handler; no header is forced onto DevTools or the PDF viewer.
    expect(ses.headers).toBeUndefined();
  });

  it('lets only the main window page write to the clipboard, and denies everything else', () => {
    const ses = state.defaultSession;
    const main = mainWindow()?.webContents;
    const request = (contents: unknown, permission: string, details: unknown) => {
      let granted: unknown;
      ses.permissionRequest?.(contents, permission, (g: boolean) => (granted = g), details);
      return granted;
    };
    const top = { isMainFrame: true, requestingUrl: APP_PAGE };
    expect(request(main, 'clipboard-sanitized-write', top)).toBe(true);
    expect(ses.permissionCheck?.(main, 'clipboard-sanitized-write', 'app://olive', { isMainFrame: true })).toBe(true);
    expect(request(main, 'media', top)).toBe(false);
    expect(request(main, 'clipboard-read', top)).toBe(false);
    expect(request({ id: 999 }, 'clipboard-sanitized-write', top)).toBe(false);
    expect(request(main, 'clipboard-sanitized-write', { isMainFrame: false, requestingUrl: APP_PAGE })).toBe(false);
    expect(ses.permissionCheck?.(null, 'clipboard-sanitized-write', 'app://olive', { isMainFrame: true })).toBe(false);
    expect(ses.permissionCheck?.(main, 'geolocation', 'app://olive', { isMainFrame: true })).toBe(false);
    // Screen sharing is refused with null (an empty object would throw in Electron).
    let shared: unknown = 'unanswered';
    ses.displayMedia?.({}, (streams: unknown) => (shared = streams));
    expect(shared).toBeNull();
  });

  it('denies navigation and new windows', () => {
    const contents = mainWindow()?.webContents;
    let prevented = false;
    contents?.emit('will-navigate', { url: 'https://example.com', preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    expect(contents?.openHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
  });

  it('refuses IPC from a foreign frame or the old file:// page, and answers our own page', async () => {
    const invoke = state.handled.get('olive:settings.get');
    const id = mainWindow()?.webContents.id;
    const rendererFile = fileURLToPath(new URL('../../src/renderer/index.html', import.meta.url));
    for (const url of ['https://evil.example/', `file://${rendererFile}`, 'app://evil/index.html']) {
      expect(await invoke?.({ sender: { id }, senderFrame: { url, parent: null } }, undefined)).toMatchObject({
        ok: false,
        error: { code: 'ipc/forbidden-sender' },
      });
    }
    expect(await call('settings.get')).toMatchObject({ ok: true, value: { paper: 'a4' } });
  });

  it('owns the window title: the draft name and the unsaved dot stay whatever the page does', async () => {
    const win = mainWindow();
    await call('window.setDocumentState', { dirty: true, title: 'Card to Sam' });
    expect(win?.title).toBe('Card to Sam • — Olive Branch');
    let prevented = false;
    win?.emit('page-title-updated', { preventDefault: () => (prevented = true) }, 'Write · Olive Branch', true);
    expect(prevented).toBe(true);
    expect(win?.title).toBe('Card to Sam • — Olive Branch');
  });

  it('asks the renderer before closing a window with unsaved changes, then closes on confirmation', async () => {
    const win = mainWindow();
    await call('window.setDocumentState', { dirty: true, title: 'Card to Sam' });
    win?.close();
    expect(win?.closed).toBe(false);
    expect(state.sent.at(-1)).toEqual([win?.webContents.id, 'olive-event:closeRequested', {}]);
    const quits = state.quits;
    await call('window.confirmClose');
    expect(win?.closed).toBe(true);
    expect(state.quits).toBe(quits);
  });

  it('a fresh window starts clean after a reload', () => {
    fake.module.app.emit('activate');
    const win = mainWindow();
    expect(win?.loaded).toBe(APP_PAGE);
    win?.webContents.emit('did-finish-load');
    expect(win?.title).toBe('Olive Branch');
  });

  it('a quit that asks goes on after the answer; a cancelled quit does not quit later (macOS)', async () => {
    let win = mainWindow();
    await call('window.setDocumentState', { dirty: true, title: 'Card to Sam' });
    const quits = state.quits;
    // Cancelled: Quit, the prompt, and no answer; later the draft is saved and the window closed.
    fake.module.app.emit('before-quit');
    win?.close();
    expect(win?.closed).toBe(false);
    await call('window.setDocumentState', { dirty: false, title: 'Card to Sam' });
    win?.close();
    expect(win?.closed).toBe(true);
    expect(state.quits).toBe(quits);
    // Answered: Quit, the prompt, Save or Discard: the quit resumes.
    fake.module.app.emit('activate');
    win = mainWindow();
    await call('window.setDocumentState', { dirty: true, title: 'Card to Sam' });
    fake.module.app.emit('before-quit');
    win?.close();
    expect(win?.closed).toBe(false);
    await call('window.confirmClose');
    expect(win?.closed).toBe(true);
    expect(state.quits).toBe(quits + 1);
  });

  it('macOS: a file opened with no window open gets a window, and the page pulls it', async () => {
    expect(mainWindow()).toBeUndefined();
    fake.module.app.emit('activate');
    const path = await savedDraft('Opened from Finder');
    mainWindow()?.close();
    expect(mainWindow()).toBeUndefined();
    fake.module.app.emit('open-file', { preventDefault: () => undefined }, path);
    const win = mainWindow();
    expect(win?.loaded).toBe(APP_PAGE);
    expect(await call('window.takeOpenRequests')).toEqual({ ok: true, value: { paths: [path] } });
    // Handed out once.
    expect(await call('window.takeOpenRequests')).toEqual({ ok: true, value: { paths: [] } });
  });

  it('a second launch with a draft nudges the page; only then may the page open that file', async () => {
    // A draft the app never saw in this run: a copy made outside it.
    const path = join(dir, 'elsewhere', 'From a friend.olive');
    mkdirSync(join(dir, 'elsewhere'), { recursive: true });
    copyFileSync(await savedDraft('Original'), path);
    // Not named by the OS or a dialog: the page may not open it directly; the writer is asked.
    expect(await call('drafts.open', { path })).toMatchObject({ ok: true, value: { status: 'canceled' } });
    expect(state.openDialogs).toHaveLength(1);
    const win = mainWindow();
    const nudges = eventsTo(win?.webContents.id, 'olive-event:openRequested').length;
    fake.module.app.emit('second-instance', {}, ['/usr/bin/olive-branch', path], dir);
    expect(eventsTo(win?.webContents.id, 'olive-event:openRequested')).toHaveLength(nudges + 1);
    expect(await call('window.takeOpenRequests')).toEqual({ ok: true, value: { paths: [path] } });
    expect(await call('drafts.open', { path })).toMatchObject({ ok: true, value: { status: 'opened', path } });
    expect(state.openDialogs).toHaveLength(1);
  });

  it('Linux Save: adds .olive before deciding, and asks before replacing that file', async () => {
    const existing = await savedDraft('Card to Sam');
    const created = (await call('drafts.create', { templateId: 'card-thinking-of-you', recipientName: 'Sam' })) as {
      value: { docId: string; draft: unknown };
    };
    // The GTK dialog answers without the extension; "Card to Sam.olive" exists: declined, then another name.
    state.saveAnswers.push(existing.replace(/\.olive$/, ''), join(dir, 'Documents', 'Olive Branch', 'Card to Sam 2'));
    state.replaceAnswer = 1;
    const saved = await call('drafts.saveAs', { docId: created.value.docId, draft: created.value.draft });
    expect(state.messageBoxes.at(-1)?.message).toBe('“Card to Sam.olive” already exists. Replace it?');
    expect(state.saveDialogs.at(-1)).toBe(existing);
    expect(saved).toMatchObject({
      ok: true,
      value: { path: join(dir, 'Documents', 'Olive Branch', 'Card to Sam 2.olive') },
    });
  });

  it(
    'prints in a window of its own session that loads ' + 'only that PDF, and falls back to the system viewer',
    async () => {
      const created = (await call('drafts.create', { templateId: 'card-thinking-of-you', recipientName: 'Sam' })) as {
        value: { draft: unknown };
      };
      state.printAnswer = [true, ''];
      expect(await call('pdf.print', { draft: created.value.draft })).toEqual({ ok: true, value: { status: 'sent' } });
      const printWindow = state.windows.at(-1);
      const printSession = state.partitions.get('olive-print');
      expect(printWindow?.webContents.session).toBe(printSession);
      expect(printWindow?.options.webPreferences).toMatchObject({
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        spellcheck: false,
        plugins: true,
      });
      expect(printWindow?.destroyed).toBe(true);
      expect(printWindow?.loaded).toMatch(/^file:\/\/.*\/print\/print-[0-9a-f]+\.pdf$/);
      // After the print the session loads nothing at all, not even that file.
      expect(printSession?.cancels(printWindow?.loaded ?? '')).toBe(true);

      state.printAnswer = [false, 'Print job failed'];
      expect(await call('pdf.print', { draft: created.value.draft })).toEqual({
        ok: true,
        value: { status: 'external' },
      });
      expect(state.openedExternally.at(-1)).toBe(fileURLToPath(state.windows.at(-1)?.loaded ?? ''));
      state.printAnswer = [false, 'Print job canceled'];
      expect(await call('pdf.print', { draft: created.value.draft })).toEqual({
        ok: true,
        value: { status: 'canceled' },
      });
    },
  );

  it('writes pending recovery copies when Windows ends the session (no before-quit then)', async () => {
    const created = (await call('drafts.create', { templateId: 'card-thinking-of-you', recipientName: 'Sam' })) as {
      value: { docId: string; draft: unknown };
    };
    const recovery = join(dir, 'user-data', 'recovery');
    const before = existsSync(recovery) ? readdirSync(recovery).length : 0;
    const started = Date.now();
    await call('recovery.autosave', { docId: created.value.docId, path: null, draft: created.value.draft });
    mainWindow()?.emit('session-end', { reasons: ['logoff'] });
    const written = () => existsSync(recovery) && readdirSync(recovery).some((f) => f.startsWith(created.value.docId));
    while (!written() && Date.now() - started < 900) await new Promise((r) => setTimeout(r, 10));
    // On disk well before the autosave delay (1 s) would have written it.
    expect(written()).toBe(true);
    expect(Date.now() - started).toBeLessThan(900);
    expect(readdirSync(recovery).length).toBe(before + 1);
  });

  it('writes a pending recovery copy before quitting, well before its autosave delay', async () => {
    const created = (await call('drafts.create', { templateId: 'card-thinking-of-you', recipientName: 'Robin' })) as {
      value: { docId: string; draft: unknown };
    };
    const recovery = join(dir, 'user-data', 'recovery');
    const written = () => existsSync(recovery) && readdirSync(recovery).some((f) => f.startsWith(created.value.docId));
    await call('recovery.autosave', { docId: created.value.docId, path: null, draft: created.value.draft });
    const started = Date.now();
    expect(written()).toBe(false);
    let prevented = false;
    const before = state.quits;
    fake.module.app.emit('will-quit', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    for (let waited = 0; state.quits === before && waited < 2000; waited += 10)
      await new Promise((r) => setTimeout(r, 10));
    expect(state.quits).toBe(before + 1);
    // On disk when main let the quit go on, and before the 1 s autosave delay could have written it.
    expect(written()).toBe(true);
    expect(Date.now() - started).toBeLessThan(900);
    prevented = false;
    fake.module.app.emit('will-quit', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(false);
  });
});
