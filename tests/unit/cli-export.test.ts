import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { exportCommand } from '../../src/cli/commands/export';
import type { CliIo } from '../../src/cli/io';
import { createDraft, serializeDraft } from '../../src/core/draft';
import { find, inflatedStreams, readPdf } from './pdf/helpers';

/** A small card template of our own, so the test does not depend on the bundled ones' wording. */
const TEMPLATE_JSON = {
  id: 'test-card',
  kind: 'card',
  step: 2,
  title: 'Test card',
  description: 'A card for the export tests.',
  intent: 'friendship',
  blocks: ['front', 'inside', 'back'],
  fields: [
    { id: 'front', label: 'Front', type: 'short', default: 'Thinking of you' },
    { id: 'message', label: 'Message', type: 'long', default: '' },
  ],
  sample: {
    recipient: { name: 'Rowan', pronouns: 'they' },
    sender: 'Elena',
    fields: { front: 'Hello', message: 'The lilacs are out again.' },
  },
};
const TEMPLATE_HBS =
  '{{#block "front"}}{{fields.front}}{{/block}}\n{{#block "inside"}}Hi ' +
  '{{recipient.name}},\n\n{{fields.message}}\n\n{{sender.name}}{{/block}}\n{{#block "back"}}{{/block}}\n';

let dir: string;
let templatesDir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'olive-export-'));
  templatesDir = join(dir, 'templates');
  await mkdir(join(templatesDir, 'test-card'), { recursive: true });
  await writeFile(join(templatesDir, 'test-card', 'template.json'), JSON.stringify(TEMPLATE_JSON));
  await writeFile(join(templatesDir, 'test-card', 'template.hbs'), TEMPLATE_HBS);
});

async function writeDraft(name: string, message: string, extra: { address?: string } = {}): Promise<string> {
  const draft = createDraft({
    kind: 'card',
    templateId: 'test-card',
    recipientName: 'José',
    senderName: 'Zoë',
    fields: { message },
    now: new Date('2026-02-01T10:00:00Z'),
  });
  if (extra.address) draft.recipient.address = extra.address;
  await writeFile(join(dir, name), serializeDraft(draft));
  return name;
}

async function run(argv: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readStdin: async () => new Uint8Array(),
    cwd: dir,
    templatesDir,
    env,
  };
  const code = await exportCommand(argv, io);
  return { code, stdout, stderr };
}

async function leftovers(): Promise<string[]> {
  return (await readdir(dir)).filter((f) => f.endsWith('.tmp'));
}

describe('olive export', () => {
  it('writes the PDF of a draft and gives the printing tip', async () => {
    await writeDraft('card.olive', 'The lilacs are out again.');
    const r = await run(['card.olive', '--out', 'card.pdf']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // The draft's own layout and paper: one US Letter sheet, the message upside down on the top half (the inside once
    // folded).
    const pdf = await readPdf(new Uint8Array(await readFile(join(dir, 'card.pdf'))));
    expect(pdf.pages.map((p) => [Math.round(p.width), Math.round(p.height)])).toEqual([[612, 792]]);
    const [message] = find(pdf.pages[0]!, 'The lilacs are out again.');
    expect(message!.a).toBeLessThan(0);
    expect(message!.y).toBeGreaterThan(792 / 2);
    expect(r.stdout).toMatch(/^Wrote card\.pdf \(quarter-fold, letter, 1 page, \d+ KB\)/);
    expect(r.stdout.toLowerCase()).toContain('print at actual size, not fit to page');
    expect(await leftovers()).toEqual([]);
  });

  it('refuses to overwrite without --force, leaving the file as it was, and replaces it with --force', async () => {
    await writeDraft('card.olive', 'The lilacs are out again.');
    await writeFile(join(dir, 'card.pdf'), 'keep me');
    const refused = await run(['card.olive', '--out', 'card.pdf']);
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toMatch(/already exists; add --force/);
    expect(await readFile(join(dir, 'card.pdf'), 'utf8')).toBe('keep me');

    const forced = await run(['card.olive', '--out', 'card.pdf', '--force', '--layout', 'half-fold', '--paper', 'a4']);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toMatch(/half-fold, a4, 2 pages/);
    expect(forced.stdout).toMatch(/SHORT edge/);
    // --layout and --paper win over the draft's: two A4 sides, the front outside, the message inside.
    const pdf = await readPdf(new Uint8Array(await readFile(join(dir, 'card.pdf'))));
    expect(pdf.pages.map((p) => [Math.round(p.width), Math.round(p.height)])).toEqual([
      [842, 595],
      [842, 595],
    ]);
    expect(pdf.pages[0]!.text).toContain('Thinking of you');
    expect(pdf.pages[0]!.text).not.toContain('lilacs');
    expect(find(pdf.pages[1]!, 'The lilacs are out again.')).toHaveLength(1);
    expect(await leftovers()).toEqual([]);
  });

  it('exports a template with its sample values', async () => {
    const r = await run(['--template', 'test-card', '--sample', '--out', 'sample.pdf', '--layout', 'envelope']);
    expect(r.code).toBe(0);
    expect((await stat(join(dir, 'sample.pdf'))).size).toBeGreaterThan(1000);
    expect(r.stdout).toMatch(/A2/);
  });

  it("uses the draft's addresses for an envelope", async () => {
    await writeDraft('card.olive', 'Hello.', { address: 'José Ortega\n1 Calle Mayor\nMadrid' });
    const r = await run(['card.olive', '--out', 'env.pdf', '--layout', 'envelope', '--paper', 'a4']);
    expect(r.code).toBe(0);
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const pdf = await getDocument({ data: new Uint8Array(await readFile(join(dir, 'env.pdf'))), verbosity: 0 }).promise;
    const text = (await (await pdf.getPage(1)).getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('|');
    expect(text).toContain('1 Calle Mayor');
    expect(text).toContain('Zoë');
  });

  it('exits 1 with one line when the text is too long for the card', async () => {
    await writeDraft('long.olive', Array.from({ length: 900 }, () => 'remembering').join(' '));
    const r = await run(['long.olive', '--out', 'long.pdf']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/too long for this card by \d+ words/);
    expect(await readdir(dir)).not.toContain('long.pdf');
    expect(await leftovers()).toEqual([]);
  });

  it.each([
    [['card.olive'], /--out FILE\.pdf is required/],
    [
      ['card.olive', '--out', 'x.pdf', '--layout', 'trifold'],
      /--layout must be one of quarter-fold, half-fold, note, letter, envelope/,
    ],
    [['card.olive', '--out', 'x.pdf', '--paper', 'legal'], /--paper must be one of letter, a4/],
    [['card.olive', '--out', 'x.pdf', '--bogus'], /unknown option --bogus/],
    [['missing.olive', '--out', 'x.pdf'], /missing\.olive/],
    [['card.olive', '--out', 'no/such/folder/x.pdf'], /folder for --out does not exist/],
    [['--template', 'test-card', '--out', 'x.pdf'], /--template needs --sample/],
  ])('%j is a usage error: exit 2 and one line', async (argv, message) => {
    await writeDraft('card.olive', 'Hello.');
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^olive export: /);
    expect(r.stderr).toMatch(message);
  });

  it(
    'writes byte-identical files with --creation-date or ' + 'SOURCE_DATE_EPOCH, and different ones for another date',
    async () => {
      await writeDraft('card.olive', 'The lilacs are out again.');
      await run(['card.olive', '--out', 'a.pdf', '--creation-date', '2026-02-14T09:30:00Z']);
      await new Promise((r) => setTimeout(r, 1100));
      await run(['card.olive', '--out', 'b.pdf'], {
        SOURCE_DATE_EPOCH: String(Date.parse('2026-02-14T09:30:00Z') / 1000),
      });
      await run(['card.olive', '--out', 'c.pdf', '--creation-date', '2026-02-15']);
      const [a, b, c] = await Promise.all(['a.pdf', 'b.pdf', 'c.pdf'].map((f) => readFile(join(dir, f))));
      expect(a?.equals(b ?? Buffer.alloc(0))).toBe(true);
      expect(a?.equals(c ?? Buffer.alloc(0))).toBe(false);
      const bad = await run(['card.olive', '--out', 'd.pdf', '--creation-date', 'yesterday']);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(/--creation-date must be a date/);
    },
  );

  it('prints the envelope of the size asked for, and refuses one the folded card does not fit', async () => {
    await writeDraft('card.olive', 'Hello.');
    const c5 = await run(['card.olive', '--out', 'c5.pdf', '--envelope', 'c5', '--paper', 'a4']);
    expect(c5.code).toBe(0);
    expect(c5.stdout).toMatch(/Envelope: C5/);
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const pdf = await getDocument({ data: new Uint8Array(await readFile(join(dir, 'c5.pdf'))), verbosity: 0 }).promise;
    const [, , w = 0, h = 0] = (await pdf.getPage(1)).view;
    expect([Math.round((w * 25.4) / 72), Math.round((h * 25.4) / 72)]).toEqual([229, 162]);
    const draft = JSON.parse(await readFile(join(dir, 'card.olive'), 'utf8')) as { layout: { fold: string } };
    draft.layout.fold = 'half-fold';
    await writeFile(join(dir, 'half.olive'), JSON.stringify(draft));
    const tooSmall = await run(['half.olive', '--out', 'a2.pdf', '--envelope', 'a2']);
    expect(tooSmall.code).toBe(1);
    expect(tooSmall.stderr).toMatch(
      /a half-fold piece folds to 5\.5 x 8\.5 in and does not fit a A2 .* envelope; choose a9/,
    );
    const chosen = await run(['half.olive', '--out', 'auto.pdf', '--layout', 'envelope']);
    expect(chosen.stdout).toMatch(/Envelope: A9/);
    const mixed = await run(['card.olive', '--out', 'x.pdf', '--envelope', 'a2', '--layout', 'letter']);
    expect(mixed.code).toBe(2);
  });

  it('refuses a layout that does not suit the piece, naming the ones that do', async () => {
    await writeDraft('card.olive', 'Hello.');
    const r = await run(['card.olive', '--out', 'x.pdf', '--layout', 'letter']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/letter does not suit a card \(choose quarter-fold or half-fold or envelope\)/);
  });

  it('chooses the front design and palette with --design, and names the known ones otherwise', async () => {
    await writeDraft('card.olive', 'Hello.');
    expect((await run(['card.olive', '--out', 'w.pdf', '--design', 'wash:dusk'])).code).toBe(0);
    const bad = await run(['card.olive', '--out', 'x.pdf', '--design', 'roses']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown design "roses" \(known: olive-branch, botanical/);
  });

  it('prints the design stored in the draft when --design is not given', async () => {
    await writeDraft('card.olive', 'Hello.');
    const draft = JSON.parse(await readFile(join(dir, 'card.olive'), 'utf8')) as { layout: Record<string, unknown> };
    draft.layout.design = { design: 'landscape', palette: 'sea' };
    await writeFile(join(dir, 'sea.olive'), JSON.stringify(draft));
    expect((await run(['sea.olive', '--out', 'sea.pdf'])).code).toBe(0);
    expect((await run(['card.olive', '--out', 'plain.pdf'])).code).toBe(0);
    // The sea palette's art colour #37728a, as the content stream sets it.
    const sea = '0.21568627450980393 0.4470588235294118 0.5411764705882353 scn';
    expect(inflatedStreams(await readFile(join(dir, 'sea.pdf')))).toContain(sea);
    expect(inflatedStreams(await readFile(join(dir, 'plain.pdf')))).not.toContain(sea);
  });

  it('ends quietly when the reader of its output goes away (olive export ... | head -1)', async () => {
    await writeDraft('card.olive', 'Hello.');
    const bin = join(process.cwd(), 'bin', 'olive.mjs');
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(
        process.execPath,
        [bin, 'export', 'card.olive', '--out', 'pipe.pdf', '--templates', templatesDir],
        { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      // Like head -1 that has already exited: the pipe is closed before the first line is written.
      child.stdout.destroy();
      child.on('close', (code) => resolve({ code, stderr }));
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    // A child process started during a busy test run can take a while to come up.
  }, 60_000);

  it('answers --help with the usage and exit 0', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: olive export DRAFT\.olive --out FILE\.pdf/);
    expect(r.stdout).toMatch(/--force/);
  });
});
