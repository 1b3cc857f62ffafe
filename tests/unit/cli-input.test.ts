/**
 * The CLI's input handling under hostile input: endless and huge inputs are refused before any
 * work (exit 2, one line), standard input is strict UTF-8, drafts are linted as drafts, and text
 * that came from a file never reaches the terminal with its control characters live.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDraft, serializeDraft } from '../../src/core/draft';
import { findTemplate, loadTemplates } from '../../src/core/templates/load';
import { draftInput, renderTemplate } from '../../src/core/templates/render';
import { runCli, TEMPLATES } from './run-cli';

let dir: string;

const olive = (argv: string[], stdin: string | Uint8Array = '') => runCli(argv, { cwd: dir, stdin });

/** A usage failure as the contract wants it: exit 2, nothing on stdout, one line on stderr. */
function expectUsage(run: { code: number; stdout: string; stderr: string }, message: RegExp) {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(message);
  expect(run.stderr.endsWith('\n')).toBe(true);
  expect(run.stderr.slice(0, -1)).not.toContain('\n');
}

const NEEDY = "I'm falling apart without you. Please, I'm begging you, don't shut me out.";

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'olive-input-'));
  // Commands load when they first run; load lint's now, so the timings below are of the input checks.
  await import('../../src/cli/commands/lint');
}, 30_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('olive lint: limits checked before any work', () => {
  it('/dev/zero is refused at once as not a regular file', async () => {
    const run = await olive(['lint', '--no-spelling', '/dev/zero']);
    expectUsage(run, /^olive lint: cannot read \/dev\/zero \(not a regular file\)$/m);
    expect(run.ms).toBeLessThan(2000);
  });

  it.skipIf(process.platform === 'win32')('a named pipe is refused without waiting for a writer', async () => {
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    const run = await olive(['lint', '--no-spelling', 'pipe.txt']);
    expectUsage(run, /cannot read pipe\.txt \(not a regular file\)/);
  });

  it('a file over 1 MB is refused by its size, without being linted', async () => {
    await writeFile(join(dir, 'huge.txt'), 'Thinking of you. '.repeat(80_000));
    const run = await olive(['lint', '--no-spelling', 'huge.txt']);
    expectUsage(run, /cannot read huge\.txt \(it is 1\.3 MB; olive lint reads at most 1.0 MB\)/);
    expect(run.ms).toBeLessThan(1000);
  });

  it('standard input over 1 MB is refused too (an endless stream stops being read)', async () => {
    expectUsage(
      await olive(['lint', '--no-spelling', '-'], Buffer.alloc(2 * 1024 * 1024, 0x61)),
      /standard input is larger than 1.0 MB/,
    );
  });

  it.skipIf(process.platform === 'win32')('the real command ends at once on `olive lint - < /dev/zero`', () => {
    const zero = openSync('/dev/zero', 'r');
    const started = performance.now();
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', resolve(import.meta.dirname, '../../src/cli/bin.ts'), 'lint', '--no-spelling', '-'],
      {
        stdio: [zero, 'pipe', 'pipe'],
        timeout: 20_000,
      },
    );
    closeSync(zero);
    expect(result.status).toBe(2);
    expect(result.stderr.toString()).toMatch(/^olive lint: standard input is larger than 1.0 MB[^\n]*\n$/);
    expect(performance.now() - started).toBeLessThan(15_000);
  });

  it('standard input must be UTF-8: invalid bytes are refused, not replaced', async () => {
    expectUsage(
      await olive(['lint', '--no-spelling', '-'], Buffer.from([0x48, 0x69, 0x20, 0xff, 0xfe, 0x0a])),
      /cannot read standard input \(not UTF-8 text\)/,
    );
  });
});

describe('olive lint x.olive lints the draft', () => {
  it('checks the text the draft prints, with the draft’s own kind, not its JSON', async () => {
    const draft = createDraft({
      kind: 'card',
      templateId: 'card-thinking-of-you',
      recipientName: 'Noah',
      senderName: 'Ines',
      fields: { message: NEEDY },
    });
    await writeFile(join(dir, 'noah.olive'), serializeDraft(draft));
    const run = await olive(['lint', '--no-spelling', '--format', 'json', 'noah.olive']);
    expect(run.code).toBe(1);
    const [result] = JSON.parse(run.stdout) as {
      file: string;
      kind: string;
      diagnostics: { rule: string; start: number; end: number }[];
    }[];
    expect(result?.kind).toBe('card');
    const text = renderTemplate(
      findTemplate(await loadTemplates(TEMPLATES), 'card-thinking-of-you'),
      draftInput(draft),
    ).text;
    const needy = result?.diagnostics.find((d) => d.rule === 'needy/suffering');
    expect(needy && text.slice(needy.start, needy.end)).toBe("I'm falling apart");
    // Nothing is reported about the file's JSON keys.
    expect(JSON.stringify(result?.diagnostics)).not.toMatch(/templateId|olive-branch\/draft|createdAt/);
  });

  it('a damaged draft is one clear line and exit 2', async () => {
    await writeFile(join(dir, 'broken.olive'), '{ "format": ');
    expectUsage(await olive(['lint', 'broken.olive']), /broken\.olive: this draft is damaged/);
  });
});

describe('text from files never steers the terminal', () => {
  const ESC = '\u001b';
  const hasRaw = (text: string) => [ESC, '\u0007', '\u202e'].some((ch) => text.includes(ch));
  it('a recipient name with terminal escapes is shown escaped by render, lint and errors', async () => {
    const hostile = `${ESC}]0;pwned\u0007Sam${ESC}[2J\u202e`;
    const draft = createDraft({
      kind: 'card',
      templateId: 'card-thinking-of-you',
      recipientName: hostile,
      senderName: 'Ines',
      fields: { message: 'Hello there.' },
    });
    await writeFile(join(dir, 'hostile.olive'), serializeDraft(draft));
    const render = await olive(['render', 'hostile.olive']);
    expect(render.code).toBe(0);
    expect(hasRaw(render.stdout)).toBe(false);
    expect(render.stdout).toContain('\\u001b]0;pwned\\u0007Sam\\u001b[2J\\u202e');
    const json = await olive(['render', '--format', 'json', 'hostile.olive']);
    expect(hasRaw(json.stdout)).toBe(false);
    expect((JSON.parse(json.stdout) as { recipient: string }).recipient).toBe(hostile);
  });

  it('a template id with escapes and newlines in an error stays one escaped line', async () => {
    const draft = createDraft({
      kind: 'card',
      templateId: `${ESC}[2Jgone\nolive: all fine`,
      recipientName: 'Sam',
      senderName: 'Ines',
      fields: {},
    });
    await writeFile(join(dir, 'bad-template.olive'), serializeDraft(draft));
    const run = await olive(['render', 'bad-template.olive']);
    expectUsage(run, /no template with id "\\u001b\[2Jgone\\u000aolive: all fine"/);
    expect(run.stderr).not.toContain(ESC);
  });

  it('a file name with a newline gives a one-line error', async () => {
    expectUsage(await olive(['lint', 'no\nsuch.txt']), /cannot read no\\u000asuch\.txt \(no such file\)/);
  });
});

describe('plain usage messages', () => {
  it('--bogus is named without a stray quote', async () => {
    const run = await olive(['lint', '--bogus', 'x.txt']);
    expect(run.stderr).toBe('olive lint: unknown option --bogus\n');
    expect((await olive(['lint', '--kind'])).stderr).toBe('olive lint: --kind needs a value\n');
  });

  it('--mailed 0050-01-01 is a date, but too early (not "not a date"); 1950 is fine', async () => {
    const base = ['guide', '--unanswered', '0', '--heard', 'unknown', '--want', 'friendship', '--today', '2026-11-26'];
    expectUsage(await olive([...base, '--mailed', '0050-01-01']), /--mailed 0050-01-01 is before 1900/);
    expect((await olive([...base, '--mailed', '1950-01-01', '--format', 'json'])).code).toBe(0);
    expectUsage(await olive([...base, '--mailed', '2026-02-30']), /--mailed must be a date like/);
  });

  it('--unanswered is capped as drafts cap it (1000)', async () => {
    const base = ['guide', '--heard', 'unknown', '--want', 'friendship'];
    expectUsage(
      await olive([...base, '--unanswered', '9999']),
      /--unanswered must be a whole number from 0 to 1000 \(got "9999"\)/,
    );
    expect((await olive([...base, '--unanswered', '1000'])).code).toBe(0);
  });
});
