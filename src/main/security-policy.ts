/** The pure half of the lockdown (no Electron import), so Node tests can check it. */

/**
 * The renderer's Content-Security-Policy, sent as a response header too. It is the same policy as
 * the meta tag in src/renderer/index.html (keep them equal: the browser enforces both, so a header
 * stricter than the page needs would break it), plus `frame-ancestors`, which a meta tag cannot
 * set. Our own files only: no eval, no inline script or style, no remote origin.
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

/** Schemes that never reach the network. Everything else (http, https, ws, ftp…) is cancelled. */
const LOCAL_SCHEMES = new Set(['file:', 'devtools:', 'data:', 'blob:', 'chrome-devtools:']);

const PDF_VIEWER_EXTENSION = 'mhjfbmdgcfjbbpaeojofohoefgiehjai';

/** In development only, the electron-vite dev server (and its HMR socket) on localhost. */
export function isAllowedRequest(url: string, devServer?: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (LOCAL_SCHEMES.has(parsed.protocol)) return true;
  // Chromium's built-in PDF viewer (bundled, local), used only by the hidden print window.
  if (parsed.protocol === 'chrome-extension:' && parsed.hostname === PDF_VIEWER_EXTENSION) return true;
  if (devServer) {
    const dev = new URL(devServer);
    const sameHost = parsed.hostname === dev.hostname && parsed.port === dev.port;
    if (sameHost && ['http:', 'ws:'].includes(parsed.protocol)) return true;
  }
  return false;
}

export function devContentSecurityPolicy(devServer: string): string {
  const dev = new URL(devServer);
  // Development only: Vite's dev server injects an inline React-refresh preamble and inline
  // styles (hot CSS), and talks over a websocket.
  return CONTENT_SECURITY_POLICY.replace("script-src 'self'", `script-src 'self' 'unsafe-inline' ${dev.origin}`)
    .replace("style-src 'self'", `style-src 'self' 'unsafe-inline' ${dev.origin}`)
    .replace(
    "connect-src 'self'",
    `connect-src 'self' ${dev.origin} ws://${dev.host}`,
  );
}

