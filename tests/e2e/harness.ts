/**
 * The real desk in Chromium (tests/e2e/chromium.ts finds it), bound to the real main-process handlers.
 *
 * - The built renderer (out/renderer, built once by global-setup.ts) is served from a fake origin
 *   through Playwright routing: no server, no file:// (ES modules do not load from file:// here).
 * - `window.olive` is injected before any app script runs; each method calls a Playwright binding
 *   that runs the very handlers main registers (src/main/handlers over a Node context on temp
 *   user-data and documents folders), behind the same sender check and zod validation as the IPC
 *   wrappers (src/main/ipc/wrap.ts).
 * - Every request is recorded. Anything not served from the app's own origin is aborted and kept
 *   in `blocked`, so a test can assert that nothing left the app.
 */
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { createHandlers } from '../../src/main/handlers';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { createNodeContext, type NodeContext } from '../main/node-context';
import { createSenderCheck, wrapAll } from '../../src/main/ipc/wrap';
import { UntrustedWork } from '../../src/main/workers/pool';
import { API_METHODS, EVENT_NAMES, channelName, eventChannelName } from '../../src/shared/channels';
import type { EventPayloads, EventName } from '../../src/shared/ipc';

/** The app's own origin in the harness. `.invalid` never resolves, so nothing real can answer. */
export const APP_ORIGIN = 'https://olive-branch.invalid';
export const APP_URL = `${APP_ORIGIN}/index.html`;
export const RENDERER_DIR = resolve(import.meta.dirname, '../../out/renderer');
const WORKER_FILE = resolve(import.meta.dirname, '../../out/main/untrusted-worker.js');

let work: UntrustedWork | undefined;
/** The built worker, as the app runs it: one per test process, as main keeps one per run. */
function builtWork(): UntrustedWork {
  work ??= new UntrustedWork({ file: WORKER_FILE, typescript: false });
  return work;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.map': 'application/json',
};

export interface LaunchOptions {
  /** Temp folder for this app's user data and documents (created when missing). */
  dataDir: string;
  /** The handlers' clock (mailing dates, waiting periods). */
  now?: () => Date;
  /** Answers for save/open dialogs, in order (null cancels); unanswered dialogs take their default path. */
  dialogAnswers?: (string | null)[];
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  /** Recovery copy delay; the app default is 1 s. */
  autosaveDelayMs?: number;
}

export interface RequestRecord {
  url: string;
  /** Served from the app's own origin. */
  served: boolean;
}

export interface LaunchedApp {
  page: Page;
  close: () => Promise<void>;
  context: BrowserContext;
  /** The handlers' context: folders, dialog queue, what was printed or revealed. */
  main: NodeContext;
  /** Every request the page made. */
  requests: RequestRecord[];
  /** Requests that tried to leave the app (aborted). */
  blocked: string[];
  /** Console errors and uncaught exceptions (a CSP violation shows up here). */
  errors: string[];
  /** Sends an event from "main" (menu command, file to open, close request). */
  emit: <E extends EventName>(event: E, payload: EventPayloads[E]) => Promise<void>;
  /** Writes pending recovery copies and stores now. */
  flush: () => Promise<void>;
}

/** Byte arrays do not cross the binding as such: they travel as base64 and are rebuilt in the page. */
function encodeBytes(value: unknown): unknown {
  if (value instanceof Uint8Array) return { __oliveBytes: Buffer.from(value).toString('base64') };
  if (Array.isArray(value)) return value.map(encodeBytes);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encodeBytes(v)]));
  return value;
}

function serve(pathname: string): { body: Buffer; contentType: string } | null {
  const relative = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
  const full = normalize(join(RENDERER_DIR, relative));
  if (!full.startsWith(RENDERER_DIR + sep) || !existsSync(full)) return null;
  return { body: readFileSync(full), contentType: MIME[extname(full)] ?? 'application/octet-stream' };
}

let shared: Browser | undefined;
let users = 0;

async function browser(): Promise<Browser> {
  shared ??= await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  return shared;
}

/**
 * `window.olive` in the page: plain JavaScript text (not a transpiled function, whose helpers would
 * not exist in the page), mirroring src/shared/bridge.ts over the `__oliveInvoke` binding.
 */
function bridgeScript(channels: Record<string, Record<string, string>>, events: Record<string, string>): string {
  return `(() => {
  const channels = ${JSON.stringify(channels)};
  const events = ${JSON.stringify(events)};
  const decode = (value) => {
    if (Array.isArray(value)) return value.map(decode);
    if (value && typeof value === 'object') {
      if (typeof value.__oliveBytes === 'string') {
        const raw = atob(value.__oliveBytes);
        const out = new Uint8Array(raw.length);
        for (let i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
        return out;
      }
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decode(v)]));
    }
    return value;
  };
  const invoke = window.__oliveInvoke;
  const listeners = new Map();
  const api = {};
  for (const [group, methods] of Object.entries(channels)) {
    const call = ([method, channel]) => [method, (payload) => invoke(channel, payload).then(decode)];
    api[group] = Object.freeze(Object.fromEntries(Object.entries(methods).map(call)));
  }
  api.on = (event, listener) => {
    const channel = events[event];
    if (!channel) throw new Error('unknown event "' + String(event) + '"');
    if (!listeners.has(channel)) listeners.set(channel, new Set());
    listeners.get(channel).add(listener);
    return () => listeners.get(channel).delete(listener);
  };
  Object.defineProperty(window, 'olive', { value: Object.freeze(api), writable: false, configurable: false });
  const emit = (channel, payload) => listeners.get(channel)?.forEach((l) => l(payload));
  Object.defineProperty(window, '__oliveEmit', { value: emit, writable: false });
})();`;
}

export async function launchApp(options: LaunchOptions): Promise<LaunchedApp> {
  if (!existsSync(join(RENDERER_DIR, 'index.html')) || !existsSync(WORKER_FILE)) {
    throw new Error(
      `no built app in ${RENDERER_DIR} and ${WORKER_FILE}: run "npx electron-vite build" (the Playwright ` +
        `global setup does)`,
    );
  }
  mkdirSync(options.dataDir, { recursive: true });
  const main = createNodeContext({
    dataDir: options.dataDir,
    ...(options.now ? { now: options.now } : {}),
    ...(options.dialogAnswers ? { dialogAnswers: options.dialogAnswers } : {}),
    ...(options.autosaveDelayMs !== undefined ? { autosaveDelayMs: options.autosaveDelayMs } : {}),
  });
  main.untrustedWork = builtWork();
  const { handlers, services } = createHandlers(main);
  // As main does once the window is up: fonts parsed and templates compiled while the page loads.
  void services.warmUp().catch(() => undefined);
  const isTrusted = createSenderCheck({ rendererUrl: () => APP_URL, webContentsId: () => 1 });
  const table = wrapAll(handlers, isTrusted, (message, error) => console.error(`[main] ${message}`, error ?? ''));

  users++;
  const context = await (
    await browser()
  ).newContext({
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1360, height: 900 },
    serviceWorkers: 'block',
  });
  const requests: RequestRecord[] = [];
  const blocked: string[] = [];
  const errors: string[] = [];

  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin === APP_ORIGIN) {
      const file = serve(url.pathname);
      requests.push({ url: url.href, served: file !== null });
      if (file)
        await route.fulfill({
          status: 200,
          body: file.body,
          contentType: file.contentType,
          headers: { 'cache-control': 'no-store' },
        });
      else await route.fulfill({ status: 404, body: 'not found' });
      return;
    }
    requests.push({ url: url.href, served: false });
    blocked.push(url.href);
    await route.abort('blockedbyclient');
  });
  await context.routeWebSocket(/.*/, (ws) => {
    blocked.push(ws.url());
    requests.push({ url: ws.url(), served: false });
    void ws.close();
  });

  await context.exposeBinding('__oliveInvoke', async (source, channel: string, payload: unknown) => {
    const invoke = table.get(channel);
    if (!invoke) return { ok: false, error: { code: 'ipc/unknown-channel', message: `no channel ${channel}` } };
    const frame = source.frame;
    const event = { sender: { id: 1 }, senderFrame: { url: frame.url(), parent: frame.parentFrame() } };
    return encodeBytes(await invoke(event, payload));
  });

  const channels = Object.fromEntries(
    Object.entries(API_METHODS).map(([group, methods]) => [
      group,
      Object.fromEntries(methods.map((m) => [m, channelName(group, m)])),
    ]),
  );
  const events = Object.fromEntries(EVENT_NAMES.map((e) => [e, eventChannelName(e)]));
  await context.addInitScript({ content: bridgeScript(channels, events) });

  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));

  const app: LaunchedApp = {
    page,
    context,
    main,
    requests,
    blocked,
    errors,
    emit: async (event, payload) => {
      await page.evaluate(
        ([channel, data]) =>
          (window as unknown as { __oliveEmit: (c: string, p: unknown) => void }).__oliveEmit(channel, data),
        [eventChannelName(event), payload] as const,
      );
    },
    flush: () => services.flush(),
    close: async () => {
      await services.flush().catch(() => undefined);
      await context.close();
      users--;
      if (users === 0 && shared) {
        const b = shared;
        shared = undefined;
        await b.close();
      }
    },
  };
  await page.goto(APP_URL);
  return app;
}
