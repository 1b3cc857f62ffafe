import { describe, expect, it } from 'vitest';
import { findChromium, NO_CHROMIUM } from '../../tests/e2e/chromium';

/** A file system holding exactly `present`. */
const only =
  (...present: string[]) =>
  (path: string) =>
    present.includes(path);
const PLAYWRIGHTS = '/home/a/.cache/ms-playwright/chromium-1/chrome-linux/chrome';

describe('finding Chromium for the browser tests', () => {
  it('takes PLAYWRIGHT_CHROMIUM_PATH first, and says so when it names nothing', () => {
    expect(
      findChromium(
        { PLAYWRIGHT_CHROMIUM_PATH: '/opt/c/chrome' },
        'linux',
        only('/opt/c/chrome', '/usr/bin/chromium'),
        () => PLAYWRIGHTS,
      ),
    ).toEqual({ path: '/opt/c/chrome' });
    const missing = findChromium(
      { PLAYWRIGHT_CHROMIUM_PATH: '/opt/none' },
      'linux',
      only('/usr/bin/chromium'),
      () => undefined,
    );
    expect(missing).toEqual({ error: expect.stringContaining('/opt/none') });
  });

  it("then Playwright's own browser, then an installed Chrome or Chromium, then /usr/bin/chromium", () => {
    const env = { PATH: '/usr/local/bin:/usr/bin' };
    expect(
      findChromium(env, 'linux', only(PLAYWRIGHTS, '/usr/bin/google-chrome', '/usr/bin/chromium'), () => PLAYWRIGHTS),
    ).toEqual({ path: PLAYWRIGHTS });
    expect(findChromium(env, 'linux', only('/usr/bin/google-chrome', '/usr/bin/chromium'), () => PLAYWRIGHTS)).toEqual({
      path: '/usr/bin/google-chrome',
    });
    expect(findChromium({}, 'linux', only('/usr/bin/chromium'), () => PLAYWRIGHTS)).toEqual({
      path: '/usr/bin/chromium',
    });
  });

  it('knows where Chrome lives on macOS and Windows', () => {
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(findChromium({ HOME: '/Users/a' }, 'darwin', only(mac), () => undefined)).toEqual({ path: mac });
    const windows = findChromium(
      { PROGRAMFILES: 'C:\\Program Files' },
      'win32',
      (p) => p.endsWith('chrome.exe') && p.includes('Google'),
      () => undefined,
    );
    expect('path' in windows && windows.path).toMatch(/Google.Chrome.Application.chrome\.exe$/);
  });

  it('says in one line how to get one when there is none', () => {
    const none = findChromium({ PATH: '/usr/bin' }, 'linux', only(), () => undefined);
    expect(none).toEqual({ error: NO_CHROMIUM });
    expect(NO_CHROMIUM).not.toContain('\n');
    expect(NO_CHROMIUM).toContain('npx playwright install chromium');
  });
});
