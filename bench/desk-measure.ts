/**
 * The desk's speed, measured in Chromium through the e2e harness (tests/e2e/harness.ts), for
 * bench/desk.bench.ts:
 * - keystroke to updated underlines on a 1,000-word letter (the app records a performance.measure
 *   from each keydown to the moment the new diagnostics are in the editor's DOM), with the page's
 *   main-thread time per key from the DevTools protocol (CPU time, not the neighbours');
 * - navigation to an interactive home screen (the app marks it once the recent list is shown);
 * - a pause in typing to the preview redrawn.
 */
import type { CDPSession, Page } from '@playwright/test';
import { APP_URL } from '../tests/e2e/harness';

export interface KeystrokeRound {
  words: number;
  /** keydown -> underlines in the DOM, one per key, in ms. */
  durations: number[];
  /** The page's main-thread busy time (DevTools TaskDuration) per key, in ms. */
  mainThreadMsPerKey: number;
}

const SENTENCES = [
  'I think often about the summer we spent fixing up the old boat by the lake.',
  'The light in the kitchen at six in the morning still reminds me of those long talks.',
  'I was careless with your trust, and I understand now how much that cost you.',
  'Your garden must be wild by now, and I hope the tomatoes came back again this year.',
  'I have been learning to listen before I answer, which is harder than it sounds.',
  'There is a bench by the river where I read most evenings, and it is quiet there.',
  'I need you to know that I am grateful for the years we had.',
  'Work has been steady, and I finally took the pottery class we always joked about.',
];

/** About `words` words of plain prose, with a few lines the linter flags. */
export function letterText(words: number): string {
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const sentence = SENTENCES[i % SENTENCES.length] ?? '';
    out.push(sentence);
    count += sentence.split(/\s+/).length;
    if (i % 6 === 5) out.push('\n\n');
  }
  return out.join(' ').replace(/ \n\n /g, '\n\n');
}

/**
 * Time between keystrokes: 60 ms is a very fast typist (about 200 words a minute). With no gap at
 * all, Playwright's keys arrive faster than any hand and queue behind each other's work.
 */
export const TYPING_GAP_MS = 60;

/** In the editor of a letter: fills one field with ~1,000 words, then types and reads the app's measures. */
export async function measureKeystrokes(
  page: Page,
  field: string,
  {
    keystrokes = 120,
    gapMs = TYPING_GAP_MS,
    fill = true,
    words = 1000,
  }: { keystrokes?: number; gapMs?: number; fill?: boolean; words?: number } = {},
): Promise<KeystrokeRound> {
  const editor = page.locator(`.prose[data-field="${field}"] .cm-content`);
  await editor.click();
  if (fill) {
    // The field's words replaced by a letter of `words` words.
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(letterText(words));
  }
  await page.waitForTimeout(300);
  await page.evaluate(() => performance.clearMeasures('olive:keystroke-to-underline'));
  await page.keyboard.press('Control+End');
  const typed = ' And I hope you are well. I need you back, please call me. '.repeat(4).slice(0, keystrokes);
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  const busy0 = await mainThreadMs(session);
  for (const ch of typed) {
    await page.keyboard.type(ch);
    if (gapMs > 0) await page.waitForTimeout(gapMs);
  }
  const busy = (await mainThreadMs(session)) - busy0;
  await session.detach();
  const durations = await page.evaluate(() =>
    performance.getEntriesByName('olive:keystroke-to-underline').map((e) => e.duration),
  );
  // The letter's size as filled (CodeMirror draws only the lines in view, so the page cannot count them).
  return { words, durations, mainThreadMsPerKey: busy / Math.max(1, typed.length) };
}

/** The page's main-thread busy time so far (DevTools Performance.getMetrics TaskDuration, seconds), in ms. */
async function mainThreadMs(session: CDPSession): Promise<number> {
  const { metrics } = await session.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? Number.NaN) * 1000;
}

/**
 * Types a word, stops, and times how long until the preview has drawn the new PDF: its first page
 * (`first`, what is in view) and its last (`all`).
 */
export async function measurePreviewAfterPause(
  page: Page,
  field: string,
  runs = 3,
): Promise<{ first: number[]; all: number[] }> {
  const samples: number[] = [];
  const all: number[] = [];
  const preview = page.locator('.main-preview');
  for (let i = 0; i < runs; i++) {
    await page.locator(`.prose[data-field="${field}"] .cm-content`).click();
    await page.keyboard.press('Control+End');
    // Let any preview still coming from earlier typing arrive first, so only this pause is timed.
    await page.waitForTimeout(1500);
    const before = Number(await preview.getAttribute('data-rendered'));
    await page.keyboard.type(' calm');
    const stopped = await page.evaluate(() => performance.now());
    await page.waitForFunction(
      (n) => Number(document.querySelector('.main-preview')?.getAttribute('data-rendered')) > n,
      before,
    );
    const at = Number(await preview.getAttribute('data-rendered-at'));
    const allAt = Number(await preview.getAttribute('data-rendered-all-at'));
    samples.push(Math.round(at - stopped));
    all.push(Math.round(allAt - stopped));
    await page.waitForTimeout(400);
  }
  return { first: samples, all };
}

/** Navigation start to the interactive home screen, one fresh load of the page. */
export async function measureInteractive(page: Page): Promise<number> {
  await page.goto(APP_URL);
  await page.getByRole('button', { name: 'New draft' }).waitFor();
  const at = await page.waitForFunction(() => performance.getEntriesByName('olive:interactive')[0]?.startTime);
  return Number(await at.jsonValue());
}
