/**
 * Kills writers with SIGKILL at random moments, over and over, and counts what a writer would
 * lose: torn drafts, a `.bak` equal to its draft, saves reported done but missing, temp files left.
 * The test suite runs a short version (tests/main/kills.test.ts); this is the long one.
 * Usage: npx tsx scripts/kill-loop.ts [kills=100] [save|autosave] [kb=400]
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseDraft } from '../src/core/draft/parse';

const kills = Number(process.argv[2] ?? 100);
const mode = process.argv[3] === 'autosave' ? 'autosave' : 'save';
const kb = Number(process.argv[4] ?? 400);
const saver = resolve(import.meta.dirname, '../tests/main/fixtures/draft-saver.ts');
const dir = await mkdtemp(join(tmpdir(), 'olive-kill-loop-'));
const file = mode === 'save' ? join(dir, 'card.olive') : join(dir, 'kill.recovery.json');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function version(path: string): Promise<string | undefined> {
  try {
    const text = await readFile(path, 'utf8');
    const draft =
      mode === 'save' ? parseDraft(text) : (JSON.parse(text) as { draft: { fields: Record<string, string> } }).draft;
    return draft.fields.message;
  } catch {
    return undefined;
  }
}

const counts = { kills: 0, torn: 0, bakEqualsDraft: 0, lostAcknowledged: 0, maxTempFiles: 0 };
for (let k = 1; k <= kills; k++) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', saver, mode === 'save' ? file : dir, `w${k}`, '1000000', String(kb), mode],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const saved: number[] = [];
  createInterface({ input: child.stdout }).on('line', (line) => saved.push(Number(line.split(' ')[1])));
  const exited = new Promise((done) => child.on('exit', done));
  while (saved.length === 0) await sleep(5);
  await sleep(Math.random() * 150);
  child.kill('SIGKILL');
  await exited;
  counts.kills++;
  const main = await version(file);
  if (main === undefined) counts.torn++;
  else {
    const [tag, n] = main.split('-');
    if (tag !== `w${k}` || Number(n) < (saved.at(-1) ?? 0)) counts.lostAcknowledged++;
  }
  if (mode === 'save' && main !== undefined && (await version(`${file}.bak`)) === main) counts.bakEqualsDraft++;
  const temps = (await readdir(dir)).filter((n) => /\.(tmp|baktmp)$/.test(n));
  counts.maxTempFiles = Math.max(counts.maxTempFiles, temps.length);
  if (k % 20 === 0) process.stderr.write(`${k} kills\n`);
}
// One more clean write, as the next start or save would do.
const last = spawn(
  process.execPath,
  ['--import', 'tsx', saver, mode === 'save' ? file : dir, 'final', '1', '1', mode],
  { stdio: 'ignore' },
);
await new Promise((done) => last.on('exit', done));
const left = (await readdir(dir)).filter((n) => /\.(tmp|baktmp)$/.test(n)).length;
process.stdout.write(`${JSON.stringify({ mode, kb, ...counts, tempFilesAfterNextWrite: left })}\n`);
await rm(dir, { recursive: true, force: true });
