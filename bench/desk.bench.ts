/**
 * The desk's speed (issue 6): keystroke to updated underlines on a 1,000-word letter (p95, target
 * <= 16 ms), navigation to an interactive home screen (target <= 500 ms), and the renderer bundle.
 * Reads test-results/perf.json when the e2e run left one; otherwise measures now in Chromium
 * through the e2e harness (needs a built renderer: `npx electron-vite build`).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PERF_FILE, bundleSize, measureAll, type PerfResults } from '../tests/e2e/perf-measure';
import { printTable } from './util';

async function results(): Promise<{ from: string; perf: PerfResults }> {
  if (existsSync(PERF_FILE)) return { from: `${PERF_FILE} (the last e2e run)`, perf: JSON.parse(readFileSync(PERF_FILE, 'utf8')) as PerfResults };
  const dir = mkdtempSync(join(tmpdir(), 'olive-desk-bench-'));
  try {
    return { from: 'measured now in Chromium', perf: await measureAll(dir) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  const { from, perf } = await results();
  const k = perf.keystrokeToUnderline;
  const t = perf.timeToInteractive;
  const bundle = bundleSize();
  console.log(`desk numbers from ${from}, measured ${perf.measuredAt}`);
  printTable([
    { measure: `keystroke -> underline, ${k.words}-word letter (${k.keystrokes} keys, ${k.gapMs} ms apart)`, p50: `${k.p50.toFixed(1)} ms`, p95: `${k.p95.toFixed(1)} ms`, target: '<= 16 ms (p95)', ok: k.p95 <= 16 ? 'yes' : 'NO' },
    ...(perf.previewAfterPause
      ? [{ measure: 'pause in typing -> preview redrawn (1,000-word letter)', p50: `${perf.previewAfterPause.samples.join(' / ')} ms`, p95: `${perf.previewAfterPause.max} ms (max)`, target: '<= 300 ms', ok: perf.previewAfterPause.max <= 300 ? 'yes' : 'NO' }]
      : []),
    { measure: `navigation -> interactive home (${t.runs} loads)`, p50: `${t.median.toFixed(0)} ms`, p95: `${t.max.toFixed(0)} ms (max)`, target: '<= 500 ms', ok: t.median <= 500 ? 'yes' : 'NO' },
  ]);
  console.log(`renderer bundle (out/renderer/assets): ${bundle.totalKB} KB in all; ${bundle.startupKB} KB loaded for the home screen`);
  printTable(bundle.files.map((f) => ({ file: f.name, KB: f.kB })));
}
