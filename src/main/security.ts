/**
 * The Electron half of the lockdown: the pure rules in security-policy.ts, applied to the app's
 * session and to every web contents. See docs/ARCHITECTURE.md, "Security boundaries".
 */
import { app, type Session, type WebContents } from 'electron';
import { cspHeaderFor, isAllowedNavigation, isAllowedRequest, isPermissionGranted } from './security-policy';

export interface AppSessionOptions {
  /** The page the main window shows: app://olive/index.html, or the dev server's in development. */
  rendererUrl: string;
  /** Development only: the electron-vite dev server. */
  devServer?: string | undefined;
  /** The main window's web contents, the only one that may write to the clipboard. */
  mainWebContentsId: () => number | undefined;
}

/** Offline and locked down: no network, no file: requests, one permission for one window. */
export function hardenAppSession(ses: Session, options: AppSessionOptions): void {
  const { devServer, rendererUrl } = options;
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, devServer) });
  });
  // app:// pages carry their CSP from the protocol handler; only the dev server's pages need one
  // added, and DevTools and every other response are left as they are.
  if (devServer) {
    ses.webRequest.onHeadersReceived((details, callback) => {
      const csp = cspHeaderFor(details.url, devServer);
      callback(csp ? { responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } } : {});
    });
  }
  const fromMainWindow = (contents: WebContents | null) =>
    contents !== null && contents.id === options.mainWebContentsId();
  ses.setPermissionRequestHandler((contents, permission, callback, details) => {
    callback(
      isPermissionGranted(
        {
          permission,
          fromMainWindow: fromMainWindow(contents),
          isMainFrame: details.isMainFrame,
          requestingUrl: details.requestingUrl,
        },
        rendererUrl,
      ),
    );
  });
  ses.setPermissionCheckHandler((contents, permission, requestingOrigin, details) =>
    isPermissionGranted(
      {
        permission,
        fromMainWindow: fromMainWindow(contents),
        isMainFrame: details.isMainFrame,
        requestingUrl: details.requestingUrl ?? requestingOrigin,
      },
      rendererUrl,
    ),
  );
  ses.setDevicePermissionHandler(() => false);
  // No screen is ever shared: null refuses the request (an empty object would throw).
  ses.setDisplayMediaRequestHandler((_request, callback) => callback(null));
  ses.on('will-download', (event) => event.preventDefault());
}

/**
 * Every web contents (ours or any that might appear): no navigation (in development, Vite's
 * reloads of its own page), no new windows, no webviews.
 */
export function guardWebContents(devServer?: string): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event) => {
      if (!isAllowedNavigation(event.url, devServer)) event.preventDefault();
    });
    contents.on('will-redirect', (event) => {
      if (!isAllowedNavigation(event.url, devServer)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}
