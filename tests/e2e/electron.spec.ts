/**
 * The packaged app end to end: launch the built Electron app (out/main/index.js), make a card
 * through the real preload contract, export its PDF through the (stubbed) save dialog, and quit.
 * Needs the Electron binary; installs with ELECTRON_SKIP_BINARY_DOWNLOAD=1 have none, and then
 * this file skips with one line. (require('electron') is not used to find out: without the binary
 * it tries to download it.)
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import type { OliveApi } from '../../src/shared/ipc';

/** The page's global scope (this project's Node tsconfig has no DOM types). */
type Page = typeof globalThis & { olive: OliveApi };

const root = resolve(import.meta.dirname, '../..');

function electronBinary(): string | undefined {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const exe = process.platform === 'win32' ? 'electron.exe' : process.platform === 'darwin' ? 'Electron.app/Contents/MacOS/Electron' : 'electron';
    const candidate = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, exe);
    return existsSync(candidate) ? candidate : undefined;
  }
  const dir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const candidate = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(candidate) ? candidate : undefined;
}

const executablePath = electronBinary();
const hasElectron = executablePath !== undefined;

const SKIP_REASON = 'Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD); packaged-app test skipped';

test('launches, makes a card, exports its PDF and quits', async () => {
  if (!hasElectron) {
    // The list reporter does not print skip reasons, so say it once, plainly, in the run's output.
    console.log(`electron.spec.ts: ${SKIP_REASON}`);
    test.skip(true, SKIP_REASON);
  }
  const data = mkdtempSync(join(tmpdir(), 'olive-electron-'));
  try {
    const app = await electron.launch({
      executablePath,
      args: [join(root, 'out/main/index.js')],
      env: { ...process.env, OLIVE_USER_DATA_DIR: join(data, 'user-data'), OLIVE_DOCUMENTS_DIR: join(data, 'Documents') },
    });
    const page = await app.firstWindow();
    await page.waitForFunction(() => typeof (globalThis as Page).olive === 'object');

    // Locked down: no Node in the page, and only the contract on window.olive.
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
    expect(await page.evaluate(() => Object.keys((globalThis as Page).olive).sort())).toEqual(
      ['app', 'contacts', 'drafts', 'guide', 'on', 'pdf', 'recent', 'recovery', 'settings', 'shell', 'templates', 'window'].sort(),
    );

    const draftPath = join(data, 'Documents', 'Olive Branch', 'Card to Sam.olive');
    const pdfPath = join(data, 'Documents', 'Olive Branch', 'Card to Sam.pdf');
    // Stand in for the native save dialogs (they would wait for a person).
    await app.evaluate(({ dialog }, paths) => {
      const answers = [paths.draftPath, paths.pdfPath];
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath: answers.shift() ?? '' })) as typeof dialog.showSaveDialog;
    }, { draftPath, pdfPath });

    const result = await page.evaluate(async () => {
      const olive = (globalThis as Page).olive;
      const created = await olive.drafts.create({
        templateId: 'card-thinking-of-you',
        recipientName: 'Sam',
        senderName: 'Alex',
        fields: { message: 'The lilacs on Elm Street are out again.' },
      });
      if (!created.ok) return { step: 'create', error: created.error };
      const saved = await olive.drafts.saveAs({ docId: created.value.docId, draft: created.value.draft });
      if (!saved.ok) return { step: 'saveAs', error: saved.error };
      const exported = await olive.pdf.export({ draft: created.value.draft });
      if (!exported.ok) return { step: 'export', error: exported.error };
      const refused = await olive.drafts.open({ path: '/etc/passwd' });
      return { saved: saved.value, exported: exported.value, refused };
    });

    expect(result).toMatchObject({
      saved: { status: 'saved', path: draftPath },
      exported: { status: 'saved', path: pdfPath },
      refused: { ok: false, error: { code: 'path/not-allowed' } },
    });
    expect(readFileSync(pdfPath).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(JSON.parse(readFileSync(draftPath, 'utf8'))).toMatchObject({ kind: 'card', recipient: { name: 'Sam' } });

    await app.close();
  } finally {
    rmSync(data, { recursive: true, force: true });
  }
});
