/**
 * The built app in the real Electron binary (out/main/index.js): what only Electron can show, as
 * listed in docs/ARCHITECTURE.md under "Verified only in Electron". Needs the Electron binary;
 * installs with ELECTRON_SKIP_BINARY_DOWNLOAD=1 have none, and then every case skips and the run
 * says so in one line. (require('electron') is not used to find out: without the binary it tries
 * to download it.)
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { OliveApi } from '../../src/shared/ipc';
import { findElectronBinary } from '../../scripts/electron-binary.mjs';

/** The page's global scope (this project's Node tsconfig has no DOM types). */
type PageScope = typeof globalThis & { olive: OliveApi; location: { href: string; protocol: string; reload(): void } };

const root = resolve(import.meta.dirname, '../..');

const executablePath = findElectronBinary();
const SKIP_REASON =
  'Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD); the real-Electron cases are skipped';

interface Launched {
  app: ElectronApplication;
  page: Page;
  data: string;
  documents: string;
  close(): Promise<void>;
}

/** Launches the built app on a fresh profile; `main` may point at a copy of out/ elsewhere. */
async function launch(
  options: { args?: string[]; env?: Record<string, string>; main?: string; data?: string } = {},
): Promise<Launched> {
  const data = options.data ?? mkdtempSync(join(tmpdir(), 'olive-electron-'));
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    OLIVE_USER_DATA_DIR: join(data, 'user-data'),
    OLIVE_DOCUMENTS_DIR: join(data, 'Documents'),
    ...options.env,
  };
  if (!options.env?.ELECTRON_RENDERER_URL) delete env.ELECTRON_RENDERER_URL;
  const app = await electron.launch({
    executablePath,
    args: [options.main ?? join(root, 'out/main/index.js'), ...(options.args ?? [])],
    env,
  });
  const page = await app.firstWindow();
  await page.waitForFunction(() => typeof (globalThis as PageScope).olive === 'object');
  return {
    app,
    page,
    data,
    documents: join(data, 'Documents', 'Olive Branch'),
    close: async () => {
      await app.close();
      if (!options.data) rmSync(data, { recursive: true, force: true });
    },
  };
}

/** Makes a card through the real preload contract and saves it (the save dialog answered for the writer). */
async function saveCard(launched: Launched, name: string): Promise<string> {
  const path = join(launched.documents, `${name}.olive`);
  await answerSaveDialogs(launched.app, [path]);
  const saved = await launched.page.evaluate(async () => {
    const olive = (globalThis as PageScope).olive;
    const created = await olive.drafts.create({
      templateId: 'card-thinking-of-you',
      recipientName: 'Sam',
      senderName: 'Alex',
      fields: { message: 'The lilacs on Elm Street are out again.' },
    });
    if (!created.ok) return created.error.message;
    const result = await olive.drafts.saveAs({ docId: created.value.docId, draft: created.value.draft });
    return result.ok ? result.value.status : result.error.message;
  });
  expect(saved).toBe('saved');
  return path;
}

/** Stands in for the native save dialog (it would wait for a person); an Open dialog is cancelled. */
async function answerSaveDialogs(app: ElectronApplication, answers: string[]): Promise<void> {
  await app.evaluate(({ dialog }, queued) => {
    dialog.showSaveDialog = (async () => ({
      canceled: false,
      filePath: queued.shift() ?? '',
    })) as typeof dialog.showSaveDialog;
    dialog.showOpenDialog = (async () => ({ canceled: true, filePaths: [] })) as typeof dialog.showOpenDialog;
  }, answers);
}

async function pdfText(path: string): Promise<string> {
  const pdf = await getDocument({
    data: new Uint8Array(readFileSync(path)),
    isEvalSupported: false,
    useSystemFonts: false,
  }).promise;
  let text = '';
  for (let n = 1; n <= pdf.numPages; n++)
    text += (await (await pdf.getPage(n)).getTextContent()).items
      .map((item) => ('str' in item ? item.str : ''))
      .join(' ');
  await pdf.destroy();
  return text;
}

test.describe('the real Electron app', () => {
  test.beforeAll(() => {
    // The list reporter does not print skip reasons, so say it once, plainly, in the run's output.
    if (!executablePath) console.log(`electron.spec.ts: ${SKIP_REASON}`);
  });
  test.beforeEach(() => test.skip(!executablePath, SKIP_REASON));

  test('launches on app://olive, makes a card, exports its PDF and quits', async () => {
    const launched = await launch();
    const { app, page } = launched;
    try {
      expect(await page.evaluate(() => (globalThis as PageScope).location.href)).toBe('app://olive/index.html');
      // Locked down: no Node in the page, and only the contract on window.olive.
      expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
      expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
      expect(await page.evaluate(() => Object.keys((globalThis as PageScope).olive).sort())).toEqual(
        [
          'app',
          'contacts',
          'drafts',
          'guide',
          'on',
          'pdf',
          'recent',
          'recovery',
          'settings',
          'shell',
          'templates',
          'window',
        ].sort(),
      );
      const draftPath = await saveCard(launched, 'Card to Sam');
      const pdfPath = join(launched.documents, 'Card to Sam.pdf');
      await answerSaveDialogs(app, [pdfPath]);
      const result = await page.evaluate(async () => {
        const olive = (globalThis as PageScope).olive;
        const opened = await olive.drafts.open({ path: '/etc/passwd' });
        const created = await olive.drafts.create({
          templateId: 'card-thinking-of-you',
          recipientName: 'Sam',
          senderName: 'Alex',
        });
        if (!created.ok) return { step: 'create', error: created.error };
        return { exported: await olive.pdf.export({ draft: created.value.draft }), refused: opened };
      });
      // A path the writer never chose is not read: the Open dialog is shown instead (and cancelled here).
      expect(result).toMatchObject({
        exported: { ok: true, value: { status: 'saved', path: pdfPath } },
        refused: { ok: true, value: { status: 'canceled' } },
      });
      expect(readFileSync(pdfPath).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(JSON.parse(readFileSync(draftPath, 'utf8'))).toMatchObject({ kind: 'card', recipient: { name: 'Sam' } });
    } finally {
      await launched.close();
    }
  });

  test('app:// pages carry the CSP header; inline script, file: and the network are refused', async () => {
    const launched = await launch();
    try {
      const probe = await launched.page.evaluate(async () => {
        const scope = globalThis as unknown as {
          fetch: typeof fetch;
          document: { createElement(t: string): { textContent: string }; head: { append(n: unknown): void } };
          __inline?: boolean;
        };
        const page = await scope.fetch('app://olive/index.html');
        const script = scope.document.createElement('script');
        script.textContent = 'globalThis.__inline = true';
        scope.document.head.append(script);
        const refused = async (url: string) =>
          scope.fetch(url).then(
            () => false,
            () => true,
          );
        return {
          csp: page.headers.get('content-security-policy'),
          inlineRan: scope.__inline === true,
          fileRefused: await refused('file:///etc/hostname'),
          networkRefused: await refused('https://example.com/'),
          otherHostRefused: await refused('app://evil/index.html'),
        };
      });
      expect(probe).toEqual({
        csp: expect.stringContaining("frame-ancestors 'none'"),
        inlineRan: false,
        fileRefused: true,
        networkRefused: true,
        otherHostRefused: true,
      });
    } finally {
      await launched.close();
    }
  });

  test(
    'runs from an install folder with %, ~, brackets, ' + 'spaces and non-ASCII in its name (IPC still ' + 'trusted)',
    async () => {
      const base = mkdtempSync(join(tmpdir(), 'olive-install-'));
      const install = join(base, 'PROGRA~1', 'Olive [beta] 100% Ünïcödé');
      try {
        mkdirSync(install, { recursive: true });
        cpSync(join(root, 'out'), join(install, 'out'), { recursive: true });
        // Development layout: package.json (ESM), dependencies, templates/ and resources/ beside out/.
        cpSync(join(root, 'package.json'), join(install, 'package.json'));
        for (const shared of ['node_modules', 'templates', 'resources'])
          symlinkSync(join(root, shared), join(install, shared));
        const launched = await launch({ main: join(install, 'out/main/index.js') });
        try {
          const info = await launched.page.evaluate(() => (globalThis as PageScope).olive.app.info());
          expect(info).toMatchObject({ ok: true, value: { name: 'Olive Branch' } });
        } finally {
          await launched.close();
        }
      } finally {
        rmSync(base, { recursive: true, force: true });
      }
    },
  );

  test('prints the PDF itself: the viewer in the print window renders the card (not a blank sheet)', async () => {
    const launched = await launch();
    const printed = join(launched.data, 'printed.pdf');
    try {
      // Stand in for the printer: the print window's own print() becomes printToPDF of the same page.
      await launched.app.evaluate(({ app }) => {
        const scope = globalThis as unknown as { __printed?: string };
        app.on('browser-window-created', (_event, win) => {
          const contents = win.webContents;
          contents.print = ((_options: unknown, callback: (success: boolean, reason: string) => void) => {
            contents.printToPDF({}).then(
              (bytes) => {
                scope.__printed = Buffer.from(bytes).toString('base64');
                callback(true, '');
              },
              (error: Error) => callback(false, error.message),
            );
          }) as typeof contents.print;
        });
      });
      const status = await launched.page.evaluate(async () => {
        const olive = (globalThis as PageScope).olive;
        const created = await olive.drafts.create({
          templateId: 'card-thinking-of-you',
          recipientName: 'Sam',
          senderName: 'Alex',
          fields: { message: 'The lilacs on Elm Street are out again.' },
        });
        if (!created.ok) return created.error.message;
        const result = await olive.pdf.print({ draft: created.value.draft });
        return result.ok ? result.value.status : result.error.message;
      });
      expect(status).toBe('sent');
      const bytes = await launched.app.evaluate(() => (globalThis as unknown as { __printed?: string }).__printed);
      writeFileSync(printed, Buffer.from(bytes ?? '', 'base64'));
      expect(await pdfText(printed)).toMatch(/lilacs on Elm Street/);
    } finally {
      await launched.close();
    }
  });

  test('"Copy" may write to the clipboard; reading it stays refused', async () => {
    const launched = await launch();
    try {
      await launched.page.bringToFront();
      const outcome = await launched.page.evaluate(async () => {
        const clipboard = (
          globalThis as unknown as {
            navigator: { clipboard: { writeText(t: string): Promise<void>; readText(): Promise<string> } };
          }
        ).navigator.clipboard;
        const wrote = await clipboard.writeText('Thinking of you, Sam.').then(
          () => 'written',
          (error: Error) => error.message,
        );
        const read = await clipboard.readText().then(
          () => 'read',
          () => 'refused',
        );
        return { wrote, read };
      });
      expect(outcome).toEqual({ wrote: 'written', read: 'refused' });
      expect(await launched.app.evaluate(({ clipboard }) => clipboard.readText())).toBe('Thinking of you, Sam.');
    } finally {
      await launched.close();
    }
  });

  test('a draft named on the command line opens at launch, and main keeps the window title', async () => {
    const data = mkdtempSync(join(tmpdir(), 'olive-electron-'));
    try {
      const first = await launch({ data });
      const path = await saveCard(first, 'Card to Sam');
      await first.close();
      const second = await launch({ data, args: [path] });
      try {
        await expect(second.page.getByRole('heading', { name: 'Card to Sam' })).toBeVisible();
        const title = () => second.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle());
        await expect.poll(title).toBe('Card to Sam — Olive Branch');
        // The page cannot replace it.
        await second.page.evaluate(
          () => ((globalThis as unknown as { document: { title: string } }).document.title = 'Something else'),
        );
        await expect.poll(title).toBe('Card to Sam — Olive Branch');
      } finally {
        await second.close();
      }
    } finally {
      rmSync(data, { recursive: true, force: true });
    }
  });

  test('macOS: a file opened from Finder with no window open gets a window', async () => {
    test.skip(
      process.platform !== 'darwin',
      'open-file with no window is macOS behaviour (elsewhere closing the last window quits)',
    );
    const launched = await launch();
    try {
      const path = await saveCard(launched, 'Card to Sam');
      await launched.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().forEach((w) => w.destroy()));
      const reopened = launched.app.waitForEvent('window');
      await launched.app.evaluate(
        ({ app }, file) => app.emit('open-file', { preventDefault: () => undefined }, file),
        path,
      );
      const page = await reopened;
      await expect(page.getByRole('heading', { name: 'Card to Sam' })).toBeVisible();
    } finally {
      await launched.close();
    }
  });

  test('npm run dev: the dev server page loads under the dev CSP and Vite may reload it', async () => {
    const { createServer } = await import('vite');
    const config = (await import('../../electron.vite.config')).default;
    const renderer = typeof config === 'function' ? undefined : config.renderer;
    if (!renderer || typeof renderer === 'function') throw new Error('electron.vite.config.ts has no renderer section');
    const port = await new Promise<number>((done) => {
      const probe = createNetServer().listen(0, '127.0.0.1', () => {
        const address = probe.address();
        probe.close(() => done(typeof address === 'object' && address ? address.port : 5173));
      });
    });
    const server = await createServer({
      ...renderer,
      configFile: false,
      logLevel: 'silent',
      server: { host: '127.0.0.1', port, strictPort: true },
    });
    await server.listen();
    const devUrl = `http://127.0.0.1:${port}/`;
    const launched = await launch({ env: { ELECTRON_RENDERER_URL: devUrl } });
    try {
      const { page } = launched;
      const errors: string[] = [];
      page.on('console', (m) => void (/Content Security Policy/i.test(m.text()) && errors.push(m.text())));
      expect(await page.evaluate(() => (globalThis as PageScope).location.href)).toBe(devUrl);
      expect(await page.evaluate(() => (globalThis as PageScope).olive.app.info().then((r) => r.ok))).toBe(true);
      // A full reload (as Vite does after some edits) is a navigation main must let through in development.
      await page.evaluate(() => ((globalThis as unknown as { __marker: boolean }).__marker = true));
      await Promise.all([page.waitForEvent('load'), page.evaluate(() => (globalThis as PageScope).location.reload())]);
      expect(await page.evaluate(() => (globalThis as unknown as { __marker?: boolean }).__marker)).toBeUndefined();
      expect(errors).toEqual([]);
    } finally {
      await launched.close();
      await server.close();
    }
  });
});
