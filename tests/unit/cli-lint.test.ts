import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintCommand } from '../../src/cli/commands/lint';
import { main } from '../../src/cli/index';
import type { CliIo } from '../../src/cli/io';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let dir: string;

function fakeIo(stdin: string | Uint8Array = ''): { io: CliIo; out: { stdout: string; stderr: string } } {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    stdout: (t) => {
      out.stdout += t;
    },
    stderr: (t) => {
      out.stderr += t;
    },
    readStdin: (max) => Promise.resolve(Buffer.from(stdin).subarray(0, max + 1)),
    cwd: dir,
    templatesDir: join(import.meta.dirname, '../../templates'),
  };
  return { io, out };
}

/** Through the dispatcher, as `olive lint ...` runs, so usage errors are printed the same way. */
async function olive(args: string[], stdin: string | Uint8Array = ''): Promise<Run> {
  const { io, out } = fakeIo(stdin);
  const code = await main(['lint', ...args], io);
  return { code, ...out };
}

const CLEAN = "Hi Noah,\nThinking of you and wishing you a good autumn. You don't have to write back.\nInes\n";
const NEEDY = "Noah,\nI'm falling apart without you. Please, I'm begging you, don't shut me out.\nInes\n";

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'olive-lint-'));
  await writeFile(join(dir, 'clean.txt'), CLEAN);
  await writeFile(join(dir, 'needy.txt'), NEEDY);
  await writeFile(join(dir, 'bom.txt'), `\uFEFFHi Noah,\nWrite back soon!\nInes\n`);
  await writeFile(join(dir, 'latin1.txt'), Buffer.from([0x48, 0xe9, 0x20, 0xff, 0xfe]));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('olive lint', () => {
  it('prints the JSON contract, one result per input in order, and exits 1 on errors', async () => {
    const run = await olive(['--kind', 'card', '--format', 'json', '--no-spelling', 'clean.txt', 'needy.txt']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const results = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(results.map((r) => r.file)).toEqual(['clean.txt', 'needy.txt']);
    expect(Object.keys(results[0]!)).toEqual(['file', 'kind', 'intent', 'ready', 'diagnostics']);
    expect(results[0]).toMatchObject({
      kind: 'card',
      intent: { declared: null, detected: 'unstated' },
      ready: true,
      diagnostics: [],
    });
    const needy = results[1] as { ready: boolean; diagnostics: Record<string, unknown>[] };
    expect(needy.ready).toBe(false);
    const first = needy.diagnostics[0]!;
    expect(Object.keys(first)).toEqual([
      'rule',
      'category',
      'severity',
      'start',
      'end',
      'line',
      'column',
      'message',
      'step',
      'suggestions',
    ]);
    expect(first).toMatchObject({
      rule: 'needy/suffering',
      category: 'needy',
      severity: 'error',
      line: 2,
      column: 1,
      step: 2,
    });
    expect(NEEDY.slice(first.start as number, first.end as number)).toBe("I'm falling apart");
  });

  it('exits 0 when nothing has error severity', async () => {
    const run = await olive(['--kind', 'card', '--no-spelling', 'clean.txt']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('No problems found in 1 file.\n');
  });

  it('prints file:line:column, severity, category, message (rule), then a summary', async () => {
    const run = await olive(['--kind', 'card', '--no-spelling', 'needy.txt']);
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^needy\.txt:2:1 +error +needy +"I'm falling apart" .+ \(needy\/suffering\)$/);
    expect(lines[lines.length - 1]).toMatch(/^✖ \d+ problems \(\d+ errors?, \d+ warnings?, \d+ info\) in 1 file\.$/);
  });

  it('reads standard input with "-", drops a BOM and keeps offsets in the text as read', async () => {
    const run = await olive(
      ['--kind', 'card', '--format', 'json', '--no-spelling', '-'],
      '\uFEFFHi Noah,\nWrite back soon!\nInes\n',
    );
    const [result] = JSON.parse(run.stdout) as {
      file: string;
      diagnostics: { rule: string; start: number; end: number }[];
    }[];
    expect(result!.file).toBe('-');
    const d = result!.diagnostics.find((x) => x.rule === 'pressure/reply-request')!;
    expect('Hi Noah,\nWrite back soon!\nInes\n'.slice(d.start, d.end)).toBe('Write back soon!');
    const fromFile = JSON.parse(
      (await olive(['--kind', 'card', '--format', 'json', '--no-spelling', 'bom.txt'])).stdout,
    ) as { diagnostics: { start: number }[] }[];
    expect(fromFile[0]!.diagnostics[0]!.start).toBe(d.start);
  });

  it('passes --intent through and reports the detected intent', async () => {
    const letter = join(dir, 'letter.txt');
    await writeFile(
      letter,
      'Dear Noah,\n\nI am sorry I hurt you. I still love you and want to get back together.\n\nInes\n',
    );
    const run = await olive([
      '--kind',
      'letter',
      '--intent',
      'friendship',
      '--format',
      'json',
      '--no-spelling',
      'letter.txt',
    ]);
    const [result] = JSON.parse(run.stdout) as { intent: unknown; diagnostics: { category: string }[] }[];
    expect(result!.intent).toEqual({ declared: 'friendship', detected: 'romantic', stated: 'romantic' });
    expect(result!.diagnostics.map((d) => d.category)).toContain('romantic');
  });

  it('adds offline spelling advice as info unless --no-spelling', async () => {
    await writeFile(join(dir, 'typo.txt'), 'Hi Noah, I recieved the program.\n');
    const withSpelling = JSON.parse((await olive(['--format', 'json', 'typo.txt'])).stdout) as {
      diagnostics: { rule: string; severity: string }[];
    }[];
    expect(withSpelling[0]!.diagnostics).toContainEqual(
      expect.objectContaining({ rule: 'spelling/unknown-word', severity: 'info' }),
    );
    const without = JSON.parse((await olive(['--format', 'json', '--no-spelling', 'typo.txt'])).stdout) as {
      diagnostics: unknown[];
    }[];
    expect(without[0]!.diagnostics).toEqual([]);
  });

  it('shows help and exits 0', async () => {
    const run = await olive(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: olive lint');
  });

  it.each([
    [['--kind', 'poem', 'clean.txt'], /--kind must be one of message, card, note, letter/],
    [['--intent', 'maybe', 'clean.txt'], /--intent must be one of friendship, romantic/],
    [['--format', 'xml', 'clean.txt'], /--format must be one of text, json/],
    [['--wat', 'clean.txt'], /unknown option/],
    [[], /give one or more files/],
    [['missing.txt'], /cannot read missing\.txt \(no such file\)/],
    [['latin1.txt'], /cannot read latin1\.txt \(not UTF-8 text\)/],
    [['.'], /cannot read \. \(it is a folder\)/],
  ])('usage problem %j: exit 2, one clear line on stderr', async (args, message) => {
    const run = await olive(args as string[]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('is a Command that can run on its own', async () => {
    const { io, out } = fakeIo('hey, congrats on the show!');
    expect(await lintCommand(['--no-spelling', '-'], io)).toBe(0);
    expect(out.stdout).toContain('No problems found');
  });
});

describe('olive lint --rules', () => {
  it('lists every rule from its metadata, as text or JSON', async () => {
    const text = await olive(['--rules']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('needy/reassurance  (error');
    expect(text.stdout).toContain('flags:  "Do you ever miss me?"');
    const json = await olive(['--rules', '--format', 'json']);
    const rules = JSON.parse(json.stdout) as { id: string; flag: string[]; pass: string[] }[];
    expect(rules.map((r) => r.id)).toContain('new-partner/remark');
    expect(rules.every((r) => r.flag.length > 0 && r.pass.length > 0)).toBe(true);
  });
});
