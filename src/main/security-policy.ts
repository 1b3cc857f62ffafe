/**
 * The pure half of the lockdown (no Electron import), so Node tests and the build config can use
 * it. How it is applied: docs/ARCHITECTURE.md, "Security boundaries".
 */

/** The app's own pages: a custom, privileged scheme instead of file:// (see app-protocol.ts). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'olive';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * The renderer's Content-Security-Policy: our own files only, no eval, no inline script or style,
 * no remote origin. Sent as a header with every page the app:// handler serves, and written into
 * the built index.html's meta tag (without `frame-ancestors`, which a meta tag cannot carry) by
 * the build config, so the two are one policy.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Development only (`npm run dev`): Vite's dev server injects an inline React-refresh preamble
 * and inline styles (hot CSS), and talks over a websocket.
 */
export function devContentSecurityPolicy(devServer: string): string {
  const dev = new URL(devServer);
  return CONTENT_SECURITY_POLICY.replace("script-src 'self'", `script-src 'self' 'unsafe-inline' ${dev.origin}`)
    .replace("style-src 'self'", `style-src 'self' 'unsafe-inline' ${dev.origin}`)
    .replace("connect-src 'self'", `connect-src 'self' ${dev.origin} ws://${dev.host}`);
}

/** The same policy for a `<meta http-equiv>` tag: browsers ignore (and warn about) `frame-ancestors` there. */
export function metaPolicy(policy: string): string {
  return policy
    .split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
}

function parse(url: string | undefined): URL | undefined {
  if (url === undefined) return undefined;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/**
 * Same scheme, host and port, compared field by field: Node gives custom schemes an opaque
 * `origin` ("null"), and a user name or password in the URL is never ours.
 */
function sameOrigin(a: URL, b: URL): boolean {
  return (
    a.protocol === b.protocol &&
    a.hostname === b.hostname &&
    a.port === b.port &&
    a.username === '' &&
    a.password === '' &&
    a.hostname !== ''
  );
}

const pagePath = (pathname: string): string => (pathname === '/' ? '/index.html' : pathname);

/**
 * Whether `url` is the renderer page itself: same origin and same path as `rendererUrl` (query
 * and hash ignored; `/` and `/index.html` are one page). file: URLs never match: the app is served
 * from app://, and a file URL's host and path encoding vary with the install folder.
 */
export function isRendererPage(url: string | undefined, rendererUrl: string): boolean {
  const actual = parse(url);
  const wanted = parse(rendererUrl);
  if (!actual || !wanted || actual.protocol === 'file:') return false;
  return sameOrigin(actual, wanted) && pagePath(actual.pathname) === pagePath(wanted.pathname);
}

/** Whether `origin` (as Chromium reports a requesting origin) is the renderer page's origin. */
export function isRendererOrigin(origin: string | undefined, rendererUrl: string): boolean {
  const actual = parse(origin);
  const wanted = parse(rendererUrl);
  if (!actual || !wanted || actual.protocol === 'file:') return false;
  return sameOrigin(actual, wanted);
}

function isDevServer(url: URL, devServer: string | undefined): boolean {
  const dev = parse(devServer);
  if (!dev) return false;
  return (
    url.hostname === dev.hostname && url.port === dev.port && (url.protocol === dev.protocol || url.protocol === 'ws:')
  );
}

/** Schemes that never reach the network or the disk beyond the app: Chromium's own pages and in-memory data. */
const INTERNAL_SCHEMES = new Set(['devtools:', 'chrome-devtools:', 'data:', 'blob:']);

/**
 * The app session's request filter: the app's own files (app://olive), Chromium's internal
 * schemes, and in development the dev server. Everything else is cancelled: the network, other
 * app:// hosts, and file: (the renderer never reads the disk directly).
 */
export function isAllowedRequest(url: string, devServer?: string): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (INTERNAL_SCHEMES.has(parsed.protocol)) return true;
  if (parsed.protocol === `${APP_SCHEME}:`)
    return parsed.hostname === APP_HOST && parsed.port === '' && parsed.username === '';
  return isDevServer(parsed, devServer);
}

/**
 * The CSP header a response gets in the app session, or none: only the dev server's pages (the app:// handler sets its
 * own).
 */
export function cspHeaderFor(url: string, devServer?: string): string | undefined {
  const parsed = parse(url);
  if (!parsed || !devServer || !isDevServer(parsed, devServer) || parsed.protocol === 'ws:') return undefined;
  return devContentSecurityPolicy(devServer);
}

/** In-page navigation is never needed; in development, Vite's full reloads of the dev page are. */
export function isAllowedNavigation(url: string, devServer?: string): boolean {
  const parsed = parse(url);
  return parsed !== undefined && parsed.protocol !== 'ws:' && isDevServer(parsed, devServer);
}

/** Chromium's built-in PDF viewer: a bundled extension and Chromium's own resources. */
const PDF_VIEWER_ORIGIN = 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai';
const PDF_VIEWER_SCHEMES = new Set(['chrome:', 'chrome-untrusted:', 'data:', 'blob:']);

/**
 * The print window's own session: the one PDF being printed (compared as a path, so the folder's
 * spelling in the URL does not matter), the PDF viewer and its resources. No network, no other file.
 */
export function isAllowedPrintRequest(url: string, pdfPath: string, toPath: (fileUrl: string) => string): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (parsed.protocol === 'file:') {
    if (parsed.host !== '') return false;
    try {
      return toPath(parsed.href) === pdfPath;
    } catch {
      return false;
    }
  }
  if (parsed.protocol === 'chrome-extension:') return `${parsed.protocol}//${parsed.host}` === PDF_VIEWER_ORIGIN;
  return PDF_VIEWER_SCHEMES.has(parsed.protocol);
}

/** What a permission request or check says about who is asking. */
export interface PermissionAsk {
  permission: string;
  /** The main window's web contents (not the print window, not DevTools). */
  fromMainWindow: boolean;
  isMainFrame: boolean;
  /** The requesting frame's URL, or its origin where Chromium gives only that. */
  requestingUrl: string | undefined;
}

/**
 * Every permission is refused except writing text to the clipboard ("Copy" on the message screen,
 * `clipboard-sanitized-write`), and only for the main window's top frame showing the app's page.
 */
export function isPermissionGranted(ask: PermissionAsk, rendererUrl: string): boolean {
  return (
    ask.permission === 'clipboard-sanitized-write' &&
    ask.fromMainWindow &&
    ask.isMainFrame &&
    isRendererOrigin(ask.requestingUrl, rendererUrl)
  );
}

const META_CSP = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")[^"]*(")/i;

/** index.html with its CSP meta tag set to `policy` (frame-ancestors dropped); throws when the tag is missing. */
export function withMetaPolicy(html: string, policy: string): string {
  if (!META_CSP.test(html)) throw new Error('index.html has no Content-Security-Policy meta tag');
  return html.replace(META_CSP, `$1${metaPolicy(policy)}$2`);
}
