/**
 * Real processes killed with SIGKILL in the middle of saving a draft, and two processes saving one
 * file at once: the draft is always whole, `.bak` is always an earlier good version (never the
 * draft itself), and temp files do not pile up. scripts/kill-loop.ts runs the same loop at length.
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../src/core/draft/parse';
import { tempDir } from './helpers';
import { tempFilesIn } from './tiny-disk';

const SAVER = resolve(import.meta.dirname, 'fixtures/draft-saver.ts');
const KILLS = 12;

/** `tag-n` of the draft at `path`: which save of which writer it holds. */
async function versionOf(path: string): Promise<{ tag: string; n: number }> {
  const message = parseDraft(await readFile(path, 'utf8')).fields.message ?? '';
  const [tag, n] = message.split('-');
  return { tag: tag ?? '', n: Number(n) };
}

function startSaver(path: string, tag: string, count: number, kb: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', SAVER, path, tag, String(count), String(kb)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const saved: number[] = [];
  createInterface({ input: child.stdout }).on('line', (line) => saved.push(Number(line.split(' ')[1])));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.on('exit', (code, signal) => done({ code, signal })),
  );
  return { child, saved, exited };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('SIGKILL while saving', () => {
  it(
    `${KILLS} kills at random moments: the draft is whole, .bak an earlier good version, at most the last ` +
      `writer's temp files left`,
    async () => {
      const dir = await tempDir();
      const path = join(dir, 'card.olive');
      let lastAcknowledged = 0;
      for (let kill = 1; kill <= KILLS; kill++) {
        const tag = `w${kill}`;
        const saver = startSaver(path, tag, 1_000_000, 400);
        while (saver.saved.length === 0) await sleep(5);
        await sleep(Math.random() * 120);
        saver.child.kill('SIGKILL');
        expect((await saver.exited).signal).toBe('SIGKILL');
        const main = await versionOf(path);
        // Every save that was reported done is on disk (this writer's, or a later one of it).
        if (main.tag === tag) expect(main.n).toBeGreaterThanOrEqual(saver.saved.at(-1) ?? 0);
        else expect(saver.saved).toEqual([]);
        lastAcknowledged = saver.saved.at(-1) ?? lastAcknowledged;
        // Only the first writer can leave no backup yet (killed before its second save finished).
        const bak = await versionOf(`${path}.bak`).catch(() => undefined);
        if (bak === undefined) expect(kill).toBe(1);
        else expect(bak.tag === main.tag && bak.n === main.n, `kill ${kill}: .bak is the draft itself`).toBe(false);
        // Temp files of dead writers are removed by the next write: never more than one writer's worth.
        expect((await tempFilesIn(dir)).length).toBeLessThanOrEqual(2);
      }
      expect(lastAcknowledged).toBeGreaterThan(0);
      const after = startSaver(path, 'final', 1, 1);
      expect((await after.exited).code).toBe(0);
      expect(await tempFilesIn(dir)).toEqual([]);
      expect(await versionOf(path)).toEqual({ tag: 'final', n: 1 });
    },
    120_000,
  );
});

describe('two processes saving one file', () => {
  it('interleaved saves leave a whole draft from one of them, a whole .bak, and no temp files', async () => {
    const dir = await tempDir();
    const path = join(dir, 'card.olive');
    const a = startSaver(path, 'a', 25, 200);
    const b = startSaver(path, 'b', 25, 200);
    expect([(await a.exited).code, (await b.exited).code]).toEqual([0, 0]);
    expect([a.saved.length, b.saved.length]).toEqual([25, 25]);
    const main = await versionOf(path);
    expect(['a', 'b']).toContain(main.tag);
    expect(main.n).toBe(25);
    const bak = await versionOf(`${path}.bak`);
    expect(['a', 'b']).toContain(bak.tag);
    expect(await tempFilesIn(dir)).toEqual([]);
  }, 60_000);
});
