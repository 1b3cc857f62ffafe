/**
 * The desk's speed and weight (issue 6 targets), in Chromium through the e2e harness, on a fresh
 * build of the renderer:
 * - every byte the home screen loads before it is interactive (scripts, styles, fonts), and what
 *   the editor adds before it is shown; whether pdf.js was among them;
 * - navigation to an interactive home (target <= 500 ms);
 * - keystroke to underline on a 1,000-word letter (target p95 <= 16 ms), with the page's
 *   main-thread time per key, the figure a busy machine moves least;
 * - a pause in typing to the redrawn preview (target <= 300 ms), on the 1,000-word letter and on the
 *   10,000-word one.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APP_ORIGIN, RENDERER_DIR, launchApp, type LaunchedApp } from '../tests/e2e/harness';
import { buildApp } from './build';
import { measureInteractive, measureKeystrokes, measurePreviewAfterPause } from './desk-measure';
import { row, summarize, verdict, type BenchOptions, type Row } from './util';

/** Bytes of the app's own files requested since `from` (the harness serves them from out/renderer). */
function servedBytes(app: LaunchedApp, from: number): { bytes: number; files: string[] } {
  const files = app.requests
    .slice(from)
    .filter((r) => r.served && r.url.startsWith(APP_ORIGIN))
    .map((r) => new URL(r.url).pathname);
  const unique = [...new Set(files)];
  const bytes = unique.reduce((sum, path) => sum + statSync(join(RENDERER_DIR, decodeURIComponent(path))).size, 0);
  return { bytes, files: unique };
}

async function openLetter(app: LaunchedApp): Promise<void> {
  const { page } = app;
  await page.getByRole('button', { name: 'New draft' }).click();
  await page.getByLabel('Who is it to?').fill('Jordan');
  await page.getByRole('radio', { name: 'They are still hurt and do not want to talk' }).check();
  await page.getByRole('button', { name: 'What does the guide suggest?' }).click();
  await page.getByRole('button', { name: 'Write the heartfelt letter' }).click();
  await page.locator('.prose[data-field="whatHappened"] .cm-content').waitFor();
}

export async function run({ rounds, notes }: BenchOptions): Promise<Row[]> {
  buildApp();
  const dir = mkdtempSync(join(tmpdir(), 'olive-desk-bench-'));
  const app = await launchApp({ dataDir: dir });
  const rows: Row[] = [];
  try {
    const { page } = app;
    // Every byte of the first screen: a fresh load, fonts included, once it is interactive.
    const interactive: number[] = [];
    let home = { bytes: 0, files: [] as string[] };
    for (let i = 0; i < rounds; i++) {
      const from = app.requests.length;
      interactive.push(await measureInteractive(page));
      await page.evaluate(async () => {
        await document.fonts.ready;
      });
      home = servedBytes(app, from);
    }
    rows.push(
      row('desk', `home screen: every byte it loads (${home.files.length} files, fonts included)`, 'KB', [
        home.bytes / 1024,
      ]),
    );
    const tti = summarize(interactive);
    rows.push(
      row(
        'desk',
        'navigation -> interactive home',
        'wall ms',
        interactive,
        `target <= 500 ms: ${verdict(tti.median <= 500)}`,
      ),
    );

    const before = app.requests.length;
    await openLetter(app);
    const editor = servedBytes(app, before);
    const pdfjsFirst = editor.files.some((f) => /\/pdf(\.worker)?[-.]/.test(f));
    rows.push(
      row(
        'desk',
        'editor: bytes it adds before it is shown',
        'KB',
        [editor.bytes / 1024],
        pdfjsFirst ? 'pdf.js among them' : 'pdf.js not among them',
      ),
    );

    const keyRounds = Math.min(rounds, 5);
    const durations: number[] = [];
    const p95s: number[] = [];
    const mainThread: number[] = [];
    let words = 0;
    for (let i = 0; i < keyRounds; i++) {
      const r = await measureKeystrokes(page, 'whatHappened', { fill: i === 0 });
      words = r.words;
      durations.push(...r.durations);
      const sorted = [...r.durations].sort((a, b) => a - b);
      p95s.push(sorted[Math.floor(0.95 * (sorted.length - 1))] ?? Number.NaN);
      mainThread.push(r.mainThreadMsPerKey);
    }
    rows.push(
      row(
        'desk',
        `keystroke -> underline, ${words}-word letter (every key of ${keyRounds} rounds)`,
        'wall ms',
        durations,
      ),
    );
    const p95 = summarize(p95s).median;
    rows.push(
      row(
        'desk',
        'keystroke -> underline, p95 of each round',
        'wall ms',
        p95s,
        `target <= 16 ms: ${verdict(p95 <= 16)}`,
      ),
    );
    rows.push(row('desk', 'page main-thread busy time per key (all its tasks)', 'cpu ms', mainThread));
    // The preview of the same letter: the PDF made again, sent to the page and drawn.
    const shortPreview = await measurePreviewAfterPause(page, 'whatHappened', Math.min(rounds, 5));
    rows.push(
      row(
        'desk',
        `pause in typing -> whole preview redrawn, ${words}-word letter`,
        'wall ms',
        shortPreview.all,
        `target <= 300 ms: ${verdict(summarize(shortPreview.all).median <= 300)}`,
      ),
    );

    // The same on a 10,000-word letter: only the paragraph a key changes is read again.
    const long = await measureKeystrokes(page, 'whatHappened', { fill: true, words: 10_000 });
    const longSorted = [...long.durations].sort((a, b) => a - b);
    const longP95 = longSorted[Math.floor(0.95 * (longSorted.length - 1))] ?? Number.NaN;
    rows.push(
      row(
        'desk',
        `keystroke -> underline, ${long.words}-word letter (every key of one round)`,
        'wall ms',
        long.durations,
        `p95 ${longP95.toFixed(1)} ms (target <= 16 ms: ${verdict(longP95 <= 16)})`,
      ),
    );
    rows.push(row('desk', 'page main-thread busy time per key, 10,000 words', 'cpu ms', [long.mainThreadMsPerKey]));

    const preview = await measurePreviewAfterPause(page, 'whatHappened', Math.min(rounds, 5));
    rows.push(
      row(
        'desk',
        'pause in typing -> first page of the preview redrawn, 10,000-word letter',
        'wall ms',
        preview.first,
        `target <= 300 ms: ${verdict(summarize(preview.first).median <= 300)}`,
      ),
    );
    rows.push(
      row(
        'desk',
        'pause in typing -> whole preview redrawn, 10,000-word letter',
        'wall ms',
        preview.all,
        `${summarize(preview.all).median <= 300 ? 'within' : 'over'} 300 ms`,
      ),
    );
    notes.push(`desk: home screen files: ${home.files.join(', ')}`);
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
