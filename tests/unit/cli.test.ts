import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDraft, serializeDraft } from '../../src/core/draft';
import { runCli } from './run-cli';

const run = (argv: string[], cwd = process.cwd(), stdin: string | Uint8Array = '') =>
  runCli(argv, { cwd, stdin, version: '9.9.9' });

describe('olive (dispatcher)', () => {
  it('prints help and version, and refuses unknown commands with exit 2', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    for (const name of ['guide', 'templates', 'render', 'lint', 'export']) expect(help.stdout).toContain(name);
    expect((await run(['--version'])).stdout).toBe('9.9.9\n');
    const bad = await run(['frobnicate']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect((await run([])).code).toBe(2);
  });

  it('every command answers --help with exit 0', async () => {
    for (const name of ['guide', 'templates', 'render', 'lint', 'export']) {
      const r = await run([name, '--help']);
      expect(r.code, name).toBe(0);
      expect(r.stdout, name).toMatch(/Usage: olive/);
    }
  });
});

describe('olive templates', () => {
  it('lists every bundled template as JSON with id, kind, step, title and fields', async () => {
    const r = await run(['templates', '--format', 'json']);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as {
      id: string;
      kind: string;
      step: number;
      title: string;
      fields: { id: string }[];
    }[];
    expect(list.length).toBeGreaterThanOrEqual(8);
    for (const t of list) {
      expect(t).toMatchObject({
        id: expect.any(String),
        kind: expect.stringMatching(/^(message|card|note|letter)$/),
        step: expect.any(Number),
        title: expect.any(String),
      });
      expect(t.fields.length).toBeGreaterThan(0);
    }
    expect(list.filter((t) => t.kind === 'card').length).toBeGreaterThanOrEqual(3);
  });

  it('rejects a bad --format with one line and exit 2', async () => {
    const r = await run(['templates', '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--format must be one of text, json/);
  });
});

describe('olive render', () => {
  it('renders a template sample as text and as JSON with blocks and spans', async () => {
    const text = await run(['render', '--template', 'card-warm-memory', '--sample']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/\[front\][\s\S]*\[inside\][\s\S]*\[back\]/);
    const json = await run(['render', '--template', 'card-warm-memory', '--sample', '--format', 'json']);
    const doc = JSON.parse(json.stdout) as {
      kind: string;
      text: string;
      blocks: { id: string }[];
      spans: { field: string; start: number; end: number }[];
    };
    expect(doc.kind).toBe('card');
    expect(doc.blocks.map((b) => b.id)).toEqual(['front', 'inside', 'back']);
    expect(doc.spans.length).toBeGreaterThan(0);
  });

  it('renders a draft file, writer text literally', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'olive-cli-'));
    const draft = createDraft({
      kind: 'message',
      templateId: 'message-text',
      recipientName: 'Sam',
      senderName: 'Jo',
      fields: {},
    });
    const template = JSON.parse((await run(['templates', '--format', 'json'])).stdout) as {
      id: string;
      fields: { id: string; type: string }[];
    }[];
    const firstLong = template.find((t) => t.id === 'message-text')?.fields.find((f) => f.type !== 'choice');
    expect(firstLong).toBeDefined();
    draft.fields[firstLong?.id ?? ''] = 'Saw {{the}} <script>x</script> poster 🎭';
    await writeFile(join(dir, 'sam.olive'), serializeDraft(draft));
    const r = await run(['render', 'sam.olive'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Saw {{the}} <script>x</script> poster 🎭');
  });

  it('gives one clear line and exit 2 for missing, broken or unknown input', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'olive-cli-'));
    await writeFile(join(dir, 'broken.olive'), '{ "format": ');
    for (const argv of [
      ['render'],
      ['render', 'nope.olive'],
      ['render', 'broken.olive'],
      ['render', '--template', 'no-such', '--sample'],
      ['render', '--template', 'card-warm-memory'],
    ]) {
      const r = await run(argv, dir);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n'), argv.join(' ')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe('olive guide', () => {
  it('prints the contract JSON', async () => {
    const r = await run(['guide', '--unanswered', '4', '--heard', 'unknown', '--want', 'romantic', '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      recommendation: { kind: string; step: number; templates: string[] };
      alternatives: unknown[];
      reasons: unknown[];
      cautions: unknown[];
    };
    expect(out.recommendation).toEqual({
      kind: 'card',
      step: 2,
      templates: expect.arrayContaining(['card-warm-memory']),
    });
    expect(Array.isArray(out.alternatives)).toBe(true);
    expect(out.reasons.length).toBeGreaterThan(0);
    expect(out.cautions.length).toBeGreaterThan(0);
  });

  it('recommends waiting after a recent mailing', async () => {
    const r = await run([
      'guide',
      '--unanswered',
      '0',
      '--heard',
      'unknown',
      '--want',
      'friendship',
      '--mailed',
      '2026-11-20',
      '--today',
      '2026-11-26',
      '--format',
      'json',
    ]);
    expect(JSON.parse(r.stdout)).toMatchObject({ recommendation: { kind: 'wait' }, daysSinceMailed: 6 });
    const text = await run([
      'guide',
      '--unanswered',
      '0',
      '--heard',
      'unknown',
      '--want',
      'friendship',
      '--mailed',
      '2026-11-20',
      '--today',
      '2026-11-26',
    ]);
    expect(text.stdout).toMatch(/^Recommended: wait/);
  });

  it('speaks with the given pronouns', async () => {
    const r = await run([
      'guide',
      '--unanswered',
      '0',
      '--heard',
      'still-hurt',
      '--want',
      'friendship',
      '--pronouns',
      'she',
    ]);
    expect(r.stdout).toContain('Friends say she is still hurt');
  });

  it('rejects bad usage with exit 2 and one line', async () => {
    const cases = [
      ['guide', '--unanswered', '0', '--heard', 'unknown', '--want', 'friendship', '--pronouns', 'it'],
      ['guide', '--heard', 'unknown', '--want', 'friendship'],
      ['guide', '--unanswered', '-1', '--heard', 'unknown', '--want', 'friendship'],
      ['guide', '--unanswered', '2', '--heard', 'dunno', '--want', 'friendship'],
      ['guide', '--unanswered', '2', '--heard', 'unknown', '--want', 'both'],
      ['guide', '--unanswered', '2', '--heard', 'unknown', '--want', 'friendship', '--mailed', '2026-13-40'],
      [
        'guide',
        '--unanswered',
        '2',
        '--heard',
        'unknown',
        '--want',
        'friendship',
        '--mailed',
        '2030-01-01',
        '--today',
        '2026-11-26',
      ],
      ['guide', '--unanswered', '2', '--heard', 'unknown', '--want', 'friendship', '--bogus'],
    ];
    for (const argv of cases) {
      const r = await run(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n'), argv.join(' ')).toHaveLength(1);
    }
  });
});
