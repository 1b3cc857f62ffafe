/**
 * The app:// scheme that serves the built renderer (app://olive/index.html and its assets) instead
 * of file://. The page's URL is then the same on every machine, whatever the install folder is
 * called, and a page can name only files inside the renderer folder. No Electron import: the
 * handler is a plain fetch-style function, tested in Node (tests/main/security.test.ts).
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import { APP_HOST, APP_SCHEME } from './security-policy';

/**
 * For `protocol.registerSchemesAsPrivileged`, before the app is ready. `standard` gives the scheme
 * an origin (relative URLs, storage, 'self' in the CSP); `secure` makes it a secure context;
 * `supportFetchAPI` lets module scripts, the pdf.js module worker and fetch() load from it as
 * they would over https; `codeCache` keeps start-up quick. Not `corsEnabled` (no other origin may
 * read app:// files) nor `bypassCSP`.
 */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true, codeCache: true } as const;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
};

const refuse = (status: number, text: string): Response =>
  new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });

/** The file under `root` that `url` names, or undefined when it names nothing there. */
export function fileForUrl(root: string, url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (
    parsed.protocol !== `${APP_SCHEME}:` ||
    parsed.hostname !== APP_HOST ||
    parsed.port !== '' ||
    parsed.username !== ''
  )
    return undefined;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return undefined;
  }
  if (path.includes('\0')) return undefined;
  const full = resolve(root, `.${path === '/' ? '/index.html' : path}`);
  const inside = relative(root, full);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return undefined;
  return full;
}

/**
 * The handler for `protocol.handle('app', …)`: GET and HEAD of files under `root`. HTML pages get
 * the Content-Security-Policy header (the only place `frame-ancestors` can be set); every answer
 * says `nosniff`, so a file is only ever run as what its extension says.
 */
export function createAppProtocolHandler(
  root: string,
  contentSecurityPolicy: string,
): (request: Request) => Promise<Response> {
  const base = resolve(root);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, 'method not allowed');
    const file = fileForUrl(base, request.url);
    const info = file ? await stat(file).catch(() => undefined) : undefined;
    if (!file || !info?.isFile()) return refuse(404, 'not found');
    const type = MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const headers: Record<string, string> = {
      'content-type': type,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
    };
    if (type.startsWith('text/html')) headers['content-security-policy'] = contentSecurityPolicy;
    const body = request.method === 'HEAD' ? null : new Uint8Array(await readFile(file));
    return new Response(body, { status: 200, headers });
  };
}
