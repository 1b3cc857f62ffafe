/**
 * The Electron entry (src/main/index.ts) against a stand-in for the electron module: what it sets
 * up is checked without the binary. The real binary is exercised by tests/e2e/electron.spec.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
      return this.on(name, fn);
    }
    emit(name: string, ...args: unknown[]) {
      for (const fn of this.listeners.get(name) ?? []) fn(...args);
    }
  }
  const state = {
    windows: [] as FakeWindow[],
    handled: new Map<string, Listener>(),
    sent: [] as [string, unknown][],
    quits: 0,
    session: {
      beforeRequest: undefined as Listener | undefined,
      headers: undefined as Listener | undefined,
      permissionRequest: undefined as Listener | undefined,
      permissionCheck: undefined as Listener | undefined,
    },
    paths: {} as Record<string, string>,
    ready: undefined as (() => void) | undefined,
  };
  class FakeWebContents extends Emitter {
    id = 1;
    openHandler: Listener | undefined;
    send(channel: string, payload: unknown) {
      state.sent.push([channel, payload]);
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
  }
  class FakeWindow extends Emitter {
    webContents = new FakeWebContents();
    loaded: string | undefined;
    title = '';
    closed = false;
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      super();
      state.windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    loadFile(file: string) {
      this.loaded = file;
      return Promise.resolve();
    }
    loadURL(url: string) {
      this.loaded = url;
      return Promise.resolve();
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
    restore() {}
    focus() {}
    destroy() {}
  }
  const app = Object.assign(new Emitter(), {
    isPackaged: false,
    setPath: (name: string, value: string) => void (state.paths[name] = value),
    getPath: (name: string) => state.paths[name] ?? '/tmp',
    enableSandbox: vi.fn(),
    requestSingleInstanceLock: () => true,
    whenReady: () => new Promise<void>((resolve) => (state.ready = resolve)),
    getLocale: () => 'en-GB',
    getLocaleCountryCode: () => 'GB',
    getName: () => 'Olive Branch',
    getVersion: () => '0.1.0',
    quit: () => void state.quits++,
  });
  const session = {
    defaultSession: {
      webRequest: {
        onBeforeRequest: (fn: Listener) => void (state.session.beforeRequest = fn),
        onHeadersReceived: (fn: Listener) => void (state.session.headers = fn),
      },
      setPermissionRequestHandler: (fn: Listener) => void (state.session.permissionRequest = fn),
      setPermissionCheckHandler: (fn: Listener) => void (state.session.permissionCheck = fn),
      setDevicePermissionHandler: vi.fn(),
      setDisplayMediaRequestHandler: vi.fn(),
      on: vi.fn(),
    },
  };
  return {
    state,
    module: {
      app,
      BrowserWindow: FakeWindow,
      session,
      Menu: { buildFromTemplate: (t: unknown) => ({ template: t }), setApplicationMenu: vi.fn() },
      ipcMain: { handle: (channel: string, fn: Listener) => void state.handled.set(channel, fn) },
      dialog: {},
      shell: { trashItem: vi.fn(), showItemInFolder: vi.fn() },
    },
  };
});

vi.mock('electron', () => ({ ...fake.module, default: fake.module }));

const { state } = fake;
const flush = () => new Promise((r) => setTimeout(r, 20));

const dir = mkdtempSync(join(tmpdir(), 'olive-app-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  process.env.OLIVE_USER_DATA_DIR = join(dir, 'user-data');
  process.env.OLIVE_DOCUMENTS_DIR = join(dir, 'Documents');
  await import('../../src/main/index');
  state.ready?.();
  await flush();
});

describe('the Electron entry', () => {
  it('uses the test profile folders and enables the sandbox for every renderer', () => {
    expect(state.paths.userData).toBe(process.env.OLIVE_USER_DATA_DIR);
    expect(fake.module.app.enableSandbox).toHaveBeenCalled();
  });

  it('opens one locked-down window on the built renderer', () => {
    expect(state.windows).toHaveLength(1);
    const prefs = state.windows[0]?.options.webPreferences ?? {};
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, webviewTag: false, allowRunningInsecureContent: false });
    expect(String(prefs.preload)).toMatch(/preload[/\\]index\.cjs$/);
    expect(state.windows[0]?.loaded).toMatch(/renderer[/\\]index\.html$/);
  });

  it('registers exactly the contract channels', async () => {
    const { API_METHODS, channelName } = await import('../../src/shared/ipc');
    const expected = Object.entries(API_METHODS).flatMap(([g, ms]) => ms.map((m) => channelName(g, m)));
    expect([...state.handled.keys()].sort()).toEqual(expected.sort());
  });

  it('blocks the network, denies permissions and sets the CSP header', () => {
    const decide = (url: string) => {
      let answer: unknown;
      state.session.beforeRequest?.({ url }, (r: unknown) => (answer = r));
      return answer;
    };
    expect(decide('https://example.com/')).toEqual({ cancel: true });
    expect(decide('file:///app/out/renderer/index.html')).toEqual({ cancel: false });
    let granted: unknown;
    state.session.permissionRequest?.({}, 'media', (g: boolean) => (granted = g));
    expect(granted).toBe(false);
    expect(state.session.permissionCheck?.()).toBe(false);
    let headers: { responseHeaders?: Record<string, string[]> } = {};
    state.session.headers?.({ responseHeaders: {} }, (r: typeof headers) => (headers = r));
    expect(headers.responseHeaders?.['Content-Security-Policy']?.[0]).toMatch(/^default-src 'none'/);
  });

  it('denies navigation and new windows', () => {
    const contents = state.windows[0]?.webContents;
    let prevented = false;
    contents?.emit('will-navigate', { preventDefault: () => (prevented = true) }, 'https://example.com');
    expect(prevented).toBe(true);
    expect(contents?.openHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
  });

  it('refuses IPC from a foreign frame and answers our own page', async () => {
    const win = state.windows[0];
    const invoke = state.handled.get('olive:settings.get');
    const foreign = await invoke?.({ sender: { id: 1 }, senderFrame: { url: 'https://evil.example/', parent: null } }, undefined);
    expect(foreign).toMatchObject({ ok: false, error: { code: 'ipc/forbidden-sender' } });
    const ownUrl = new URL(`file://${win?.loaded ?? ''}`).href;
    const own = await invoke?.({ sender: { id: 1 }, senderFrame: { url: ownUrl, parent: null } }, undefined);
    expect(own).toMatchObject({ ok: true, value: { paper: 'a4' } });
  });

  it('asks the renderer before closing a window with unsaved changes, then closes on confirmation', async () => {
    const win = state.windows[0];
    const ownUrl = new URL(`file://${win?.loaded ?? ''}`).href;
    const event = { sender: { id: 1 }, senderFrame: { url: ownUrl, parent: null } };
    await state.handled.get('olive:window.setDocumentState')?.(event, { dirty: true, title: 'Card to Sam' });
    expect(win?.title).toBe('Card to Sam • — Olive Branch');
    win?.close();
    expect(win?.closed).toBe(false);
    expect(state.sent.at(-1)).toEqual(['olive-event:closeRequested', {}]);
    await state.handled.get('olive:window.confirmClose')?.(event, undefined);
    expect(win?.closed).toBe(true);
  });

  it('flushes pending writes before quitting', async () => {
    let prevented = false;
    const before = state.quits;
    fake.module.app.emit('will-quit', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    await flush();
    expect(state.quits).toBe(before + 1);
    prevented = false;
    fake.module.app.emit('will-quit', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(false);
  });
});
