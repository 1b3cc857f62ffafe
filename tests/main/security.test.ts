/**
 * The shell's lockdown rules (src/main/security-policy.ts, app-protocol.ts, ipc/wrap.ts) in Node:
 * which requests, navigations, permissions and IPC senders pass, and what app:// serves.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createAppProtocolHandler, fileForUrl } from '../../src/main/app-protocol';
import { draftPathFromArgs } from '../../src/main/args';
import { createSenderCheck, type IpcEventLike } from '../../src/main/ipc/wrap';
import {
  APP_ENTRY_URL,
  CONTENT_SECURITY_POLICY,
  cspHeaderFor,
  devContentSecurityPolicy,
  isAllowedNavigation,
  isAllowedPrintRequest,
  isAllowedRequest,
  isPermissionGranted,
  metaPolicy,
  withMetaPolicy,
} from '../../src/main/security-policy';
import { tempDir } from './helpers';

const DEV = 'http://localhost:5173';

/** Install folders that broke the file:// sender check: a short path, brackets, percent, spaces, non-ASCII. */
const AWKWARD_FOLDERS = ['PROGRA~1', 'Olive [beta]', '100% kind', 'Mes documents', 'Ünïcödé 名前', 'a#b?c'];

describe('offline: the app session request filter', () => {
  it.each([
    'https://example.com/',
    'http://localhost:5173/',
    'ws://localhost:1/',
    'wss://x.y/',
    'ftp://x/',
    'not a url',
    // file: is refused outright: the renderer reads nothing from disk itself.
    'file:///app/out/renderer/index.html',
    'file:///etc/passwd',
    'file://evil.example/share/index.html',
    // Only the app's own host of app://.
    'app://evil/index.html',
    'app://olive.evil/index.html',
    'app://olive:8080/index.html',
    'app://user@olive/index.html',
    // The PDF viewer is the print window's business, in its own session.
    'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html',
  ])('cancels %s', (url) => {
    expect(isAllowedRequest(url)).toBe(false);
  });

  it.each([
    'app://olive/index.html',
    'app://olive/assets/index-abc.js',
    'devtools://devtools/bundled/inspector.html',
    'data:image/png;base64,AA',
    'blob:app://olive/1234',
  ])('allows %s', (url) => {
    expect(isAllowedRequest(url)).toBe(true);
  });

  it('allows only the dev server, in development', () => {
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', DEV)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', DEV)).toBe(true);
    expect(isAllowedRequest('https://localhost:5173/', DEV)).toBe(false);
    expect(isAllowedRequest('http://localhost:5174/', DEV)).toBe(false);
    expect(isAllowedRequest('http://example.com/', DEV)).toBe(false);
    expect(isAllowedRequest('file:///tmp/x.js', DEV)).toBe(false);
  });
});

describe('content security policy', () => {
  it('allows no eval, no inline script and no remote origin', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self'(;|$)/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|\*/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/default-src 'none'/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/frame-ancestors 'none'/);
  });

  it('is added as a header only to the dev server pages, in development; DevTools and the rest are left alone', () => {
    expect(cspHeaderFor('http://localhost:5173/', DEV)).toBe(devContentSecurityPolicy(DEV));
    expect(cspHeaderFor('devtools://devtools/bundled/devtools_app.html', DEV)).toBeUndefined();
    expect(cspHeaderFor('chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html', DEV)).toBeUndefined();
    expect(cspHeaderFor('app://olive/index.html', DEV)).toBeUndefined();
    expect(cspHeaderFor('http://localhost:5173/')).toBeUndefined();
  });

  it('the dev policy allows what Vite injects and nothing remote', () => {
    const dev = devContentSecurityPolicy(DEV);
    expect(dev).toMatch(/script-src 'self' 'unsafe-inline' http:\/\/localhost:5173;/);
    expect(dev).toMatch(/style-src 'self' 'unsafe-inline' http:\/\/localhost:5173;/);
    expect(dev).toMatch(/connect-src 'self' http:\/\/localhost:5173 ws:\/\/localhost:5173;/);
    expect(dev).not.toMatch(/unsafe-eval|https:|\*/);
  });

  it('index.html carries the same policy as the header, minus frame-ancestors (the build writes it)', async () => {
    const source = await readFile(fileURLToPath(new URL('../../src/renderer/index.html', import.meta.url)), 'utf8');
    const built = withMetaPolicy(source, CONTENT_SECURITY_POLICY);
    const content = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(built)?.[1];
    expect(content).toBe(metaPolicy(CONTENT_SECURITY_POLICY));
    expect(content).not.toContain('frame-ancestors');
    expect(CONTENT_SECURITY_POLICY.startsWith(content ?? '-')).toBe(true);
    // The file as committed already holds the strict policy, so nothing looser ships by accident.
    expect(source).toContain(`content="${metaPolicy(CONTENT_SECURITY_POLICY)}"`);
    expect(withMetaPolicy(source, devContentSecurityPolicy(DEV))).toContain(
      "style-src 'self' 'unsafe-inline' http://localhost:5173",
    );
    expect(() => withMetaPolicy('<html><head></head></html>', CONTENT_SECURITY_POLICY)).toThrow(
      /no Content-Security-Policy meta tag/,
    );
  });
});

describe('navigation', () => {
  it('is refused in the built app, and allowed only to the dev server page in development (Vite reloads)', () => {
    expect(isAllowedNavigation('app://olive/index.html')).toBe(false);
    expect(isAllowedNavigation('https://example.com/')).toBe(false);
    expect(isAllowedNavigation('http://localhost:5173/', DEV)).toBe(true);
    expect(isAllowedNavigation('http://localhost:5173/index.html?t=1', DEV)).toBe(true);
    expect(isAllowedNavigation('https://example.com/', DEV)).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd', DEV)).toBe(false);
  });
});

describe('IPC sender check', () => {
  const check = createSenderCheck({ rendererUrl: () => APP_ENTRY_URL, webContentsId: () => 7 });
  const from = (url: string, parent: unknown = null, id = 7): IpcEventLike => ({
    sender: { id },
    senderFrame: { url, parent },
  });

  it.each([
    'app://olive/index.html',
    'app://olive/index.html#/editor',
    'app://olive/index.html?x=1',
    'app://olive/',
    // Chromium canonicalises the URL; the check compares parsed parts, not strings.
    'app://olive/./index.html',
  ])('trusts our page at %s', (url) => {
    expect(check(from(url))).toBe(true);
  });

  it.each([
    ['another host of our scheme', 'app://evil/index.html'],
    ['a host that starts like ours', 'app://olive.evil.example/index.html'],
    ['our host with a port', 'app://olive:1234/index.html'],
    ['our host with a user name', 'app://me@olive/index.html'],
    ['another page of ours', 'app://olive/other.html'],
    ['an encoded look-alike path', 'app://olive/%69ndex.html'],
    [
      'a file URL with a forged host',
      'file://evil.example/opt/Olive%20Branch/resources/app.asar/out/renderer/index.html',
    ],
    ['our built file over file://', 'file:///opt/Olive%20Branch/resources/app.asar/out/renderer/index.html'],
    ['another local file', 'file:///tmp/evil.html'],
    ['the same path over https', 'https://olive/index.html'],
    ['nothing parseable', 'not a url'],
  ])('refuses %s', (_name, url) => {
    expect(check(from(url))).toBe(false);
  });

  it('refuses a subframe, another window and a frame that is gone', () => {
    expect(check(from(APP_ENTRY_URL, {}))).toBe(false);
    expect(check(from(APP_ENTRY_URL, null, 8))).toBe(false);
    expect(check({ sender: { id: 7 }, senderFrame: null })).toBe(false);
  });

  it.each(AWKWARD_FOLDERS)(
    'trusts our page whatever the install folder is called (%s): its URL does not contain it',
    async (folder) => {
      // The page URL is app://olive/index.html wherever the app lives; what the folder changes is
      // only which file the protocol handler reads.
      const root = join(await tempDir(), folder, 'resources', 'app.asar', 'out', 'renderer');
      expect(fileForUrl(root, APP_ENTRY_URL)).toBe(join(root, 'index.html'));
      expect(check(from(APP_ENTRY_URL))).toBe(true);
    },
  );

  it('in development, trusts only the dev server page', () => {
    const dev = createSenderCheck({ rendererUrl: () => DEV, webContentsId: () => 1 });
    expect(dev(from('http://localhost:5173/#x', null, 1))).toBe(true);
    expect(dev(from('http://localhost:5173/index.html', null, 1))).toBe(true);
    expect(dev(from('http://localhost:5174/', null, 1))).toBe(false);
    expect(dev(from('http://127.0.0.1:5173/', null, 1))).toBe(false);
    expect(dev(from('app://olive/index.html', null, 1))).toBe(false);
  });
});

describe('permissions', () => {
  const ask = (over: Partial<Parameters<typeof isPermissionGranted>[0]>) =>
    isPermissionGranted(
      {
        permission: 'clipboard-sanitized-write',
        fromMainWindow: true,
        isMainFrame: true,
        requestingUrl: 'app://olive/index.html',
        ...over,
      },
      APP_ENTRY_URL,
    );

  it('grants writing to the clipboard to the main window page ("Copy")', () => {
    expect(ask({})).toBe(true);
    // Permission checks carry only the requesting origin.
    expect(ask({ requestingUrl: 'app://olive' })).toBe(true);
  });

  it.each<[string, Partial<Parameters<typeof isPermissionGranted>[0]>]>([
    ['reading the clipboard', { permission: 'clipboard-read' }],
    ['the camera', { permission: 'media' }],
    ['notifications', { permission: 'notifications' }],
    ['another window (print, DevTools)', { fromMainWindow: false }],
    ['a subframe', { isMainFrame: false }],
    ['another origin', { requestingUrl: 'https://evil.example/' }],
    ['a file page', { requestingUrl: 'file:///tmp/x.html' }],
    ['an unknown origin', { requestingUrl: undefined }],
  ])('refuses %s', (_name, over) => {
    expect(ask(over)).toBe(false);
  });
});

describe('app:// protocol handler', () => {
  async function rendererFolder(folder = 'renderer'): Promise<string> {
    const root = join(await tempDir(), folder);
    await mkdir(join(root, 'assets'), { recursive: true });
    await writeFile(join(root, 'index.html'), '<!doctype html><title>Olive Branch</title>');
    await writeFile(join(root, 'assets', 'index.js'), 'export {};');
    await writeFile(join(root, 'assets', 'pdf.worker.min.mjs'), 'export {};');
    await writeFile(join(root, 'assets', 'odd name [1] 100%.css'), 'body {}');
    await writeFile(join(root, '..', 'secret.txt'), 'not for the page');
    return root;
  }
  const get = (handler: (r: Request) => Promise<Response>, url: string, method = 'GET') =>
    handler(new Request(url, { method }));

  it.each(AWKWARD_FOLDERS)('serves the page and its assets from a folder named %s', async (folder) => {
    const handler = createAppProtocolHandler(await rendererFolder(folder), CONTENT_SECURITY_POLICY);
    const page = await get(handler, APP_ENTRY_URL);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>Olive Branch</title>');
    const script = await get(handler, 'app://olive/assets/index.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toBeNull();
    expect((await get(handler, 'app://olive/assets/pdf.worker.min.mjs')).headers.get('content-type')).toBe(
      'text/javascript; charset=utf-8',
    );
    const encoded = await get(handler, 'app://olive/assets/odd%20name%20%5B1%5D%20100%25.css');
    expect(encoded.status).toBe(200);
    expect(await encoded.text()).toBe('body {}');
    expect((await get(handler, 'app://olive/')).status).toBe(200);
  });

  it.each([
    'app://olive/../secret.txt',
    'app://olive/%2e%2e/secret.txt',
    'app://olive/assets/..%2f..%2fsecret.txt',
    'app://olive/..%5csecret.txt',
    'app://olive/%00index.html',
    'app://olive/%E0%A4%A',
    'app://olive/assets',
    'app://olive/missing.js',
    'app://evil/index.html',
    'app://olive:99/index.html',
  ])('refuses %s', async (url) => {
    const handler = createAppProtocolHandler(await rendererFolder(), CONTENT_SECURITY_POLICY);
    const response = await get(handler, url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('not for the page');
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const handler = createAppProtocolHandler(await rendererFolder(), CONTENT_SECURITY_POLICY);
    const head = await get(handler, APP_ENTRY_URL, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get(handler, APP_ENTRY_URL, 'POST')).status).toBe(405);
  });
});

describe('print session request filter', () => {
  it.each(AWKWARD_FOLDERS)('loads exactly the PDF being printed from a profile folder named %s', async (folder) => {
    const pdf = join(await tempDir(), folder, 'print', 'print-0a1b2c.pdf');
    const allowed = (url: string) => isAllowedPrintRequest(url, pdf, fileURLToPath);
    expect(allowed(pathToFileURL(pdf).href)).toBe(true);
    // However Chromium spells the same path (here: every byte escaped), it is the same file.
    const spelled = `file://${pdf
      .split('/')
      .map((part) => [...Buffer.from(part, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join(''))
      .join('/')}`;
    expect(allowed(spelled)).toBe(true);
    expect(allowed(pathToFileURL(join(pdf, '..', 'print-ffffff.pdf')).href)).toBe(false);
    expect(allowed(pathToFileURL('/etc/passwd').href)).toBe(false);
    expect(allowed(`file://evil.example${pathToFileURL(pdf).pathname}`)).toBe(false);
  });

  it('lets the PDF viewer load its own resources, and nothing from the network', () => {
    const allowed = (url: string) => isAllowedPrintRequest(url, '/tmp/print/print-1.pdf', fileURLToPath);
    expect(allowed('chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html')).toBe(true);
    expect(allowed('chrome://resources/js/load_time_data.js')).toBe(true);
    expect(allowed('chrome-extension://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/index.html')).toBe(false);
    expect(allowed('https://example.com/font.woff2')).toBe(false);
    expect(allowed('app://olive/index.html')).toBe(false);
  });
});

describe('file arguments', () => {
  it('finds the .olive file a second launch was given, ignoring flags and missing files', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'd'));
    await writeFile(join(dir, 'd', 'card.olive'), '{}');
    expect(draftPathFromArgs(['/usr/bin/olive', '--flag', 'd/card.olive'], dir)).toBe(join(dir, 'd', 'card.olive'));
    expect(draftPathFromArgs(['/usr/bin/olive', 'd/missing.olive'], dir)).toBeUndefined();
    expect(draftPathFromArgs(['/usr/bin/olive', '--inspect=x.olive'], dir)).toBeUndefined();
  });
});
