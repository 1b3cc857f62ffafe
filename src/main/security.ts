import { app, type Session, type WebContents } from 'electron';

/**
 * The renderer's Content-Security-Policy, sent as a response header as well (the renderer's
 * index.html carries the same policy in a meta tag). No remote origin anywhere, no eval.
 * 'unsafe-inline' is allowed for styles only: CodeMirror injects its theme as <style> elements.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Schemes that never reach the network. Everything else (http, https, ws, ftp…) is cancelled. */
const LOCAL_SCHEMES = new Set(['file:', 'devtools:', 'data:', 'blob:', 'chrome-devtools:']);

/** In development only, the electron-vite dev server (and its HMR socket) on localhost. */
export function isAllowedRequest(url: string, devServer?: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (LOCAL_SCHEMES.has(parsed.protocol)) return true;
  if (devServer) {
    const dev = new URL(devServer);
    const sameHost = parsed.hostname === dev.hostname && parsed.port === dev.port;
    if (sameHost && ['http:', 'ws:'].includes(parsed.protocol)) return true;
  }
  return false;
}

/** Offline and locked down: no network, no permissions, CSP on every response. */
export function hardenSession(session: Session, devServer?: string): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, devServer) });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    const csp = devServer ? devContentSecurityPolicy(devServer) : CONTENT_SECURITY_POLICY;
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } });
  });
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback({}));
  session.on('will-download', (event) => event.preventDefault());
}

function devContentSecurityPolicy(devServer: string): string {
  const dev = new URL(devServer);
  // Vite's dev server injects an inline React-refresh preamble and talks over a websocket.
  return CONTENT_SECURITY_POLICY.replace("script-src 'self'", `script-src 'self' 'unsafe-inline' ${dev.origin}`).replace(
    "connect-src 'self'",
    `connect-src 'self' ${dev.origin} ws://${dev.host}`,
  );
}

/** Every web contents (ours or any that might appear): no navigation, no new windows, no webviews. */
export function denyNavigation(): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}
