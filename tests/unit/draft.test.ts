import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createDraft,
  DRAFT_FORMAT,
  DRAFT_VERSION,
  MAX_DRAFT_BYTES,
  parseDraft,
  serializeDraft,
} from '../../src/core/draft';
import { readDraftFile } from '../../src/core/draft/file';
import { OliveError } from '../../src/core/errors';

const NOW = new Date('2026-11-20T10:00:00.000Z');

function sample() {
  return createDraft({
    kind: 'card',
    templateId: 'card-warm-memory',
    recipientName: 'Noah',
    pronouns: { kind: 'he' },
    senderName: 'Inès',
    situation: { unanswered: 2, heard: 'unknown' },
    fields: { message: 'Hope the season goes well 🎭 {{sender.name}}' },
    now: NOW,
  });
}

function errorOf(fn: () => unknown): OliveError {
  try {
    fn();
  } catch (error) {
    if (error instanceof OliveError) return error;
    throw new Error(`expected an OliveError, got ${String(error)}`, { cause: error });
  }
  throw new Error('expected an error');
}

describe('draft model', () => {
  it('round-trips through the file text unchanged, writer text included', () => {
    const draft = sample();
    const again = parseDraft(serializeDraft(draft));
    expect(again).toEqual(draft);
    expect(again.fields.message).toBe('Hope the season goes well 🎭 {{sender.name}}');
    expect(again.layout).toEqual({ paper: 'letter', fold: 'quarter-fold', foldGuides: true });
  });

  it('accepts a UTF-8 byte order mark', () => {
    expect(parseDraft(`\uFEFF${serializeDraft(sample())}`).recipient.name).toBe('Noah');
  });

  it('reports broken JSON with its line and column', () => {
    const text = serializeDraft(sample()).replace('"kind": "card",', '"kind": "card"');
    const error = errorOf(() => parseDraft(text, 'noah.olive'));
    expect(error.code).toBe('draft/broken-json');
    expect(error.where).toBe('noah.olive');
    expect(error.message).toMatch(/line \d+, column \d+/);
  });

  it('says an empty file is empty, not that it is broken JSON', () => {
    for (const text of ['', '  \n', '\uFEFF']) {
      const error = errorOf(() => parseDraft(text, 'empty.olive'));
      expect(error.code).toBe('draft/empty');
      expect(error.message).toBe('this file is empty: it holds no draft');
    }
  });

  it('names the field that has the wrong shape', () => {
    const data = JSON.parse(serializeDraft(sample())) as Record<string, unknown>;
    (data.situation as Record<string, unknown>).heard = 'maybe';
    const error = errorOf(() => parseDraft(JSON.stringify(data)));
    expect(error.code).toBe('draft/invalid');
    expect(error.message).toContain('situation.heard');
  });

  it('tells a foreign JSON file apart from a damaged draft', () => {
    expect(errorOf(() => parseDraft('{"name":"package"}')).code).toBe('draft/foreign');
    expect(errorOf(() => parseDraft('[1,2]')).code).toBe('draft/foreign');
  });

  it('refuses a file from a newer version and says to update', () => {
    const data = { ...JSON.parse(serializeDraft(sample())), version: DRAFT_VERSION + 1 };
    const error = errorOf(() => parseDraft(JSON.stringify(data)));
    expect(error.code).toBe('draft/future-version');
    expect(error.message).toMatch(/newer Olive Branch.*update/);
  });

  it('migrates a version 1 draft', () => {
    const v1 = {
      format: DRAFT_FORMAT,
      version: 1,
      kind: 'letter',
      template: 'letter-friendship',
      recipientName: 'Sam',
      pronouns: 'they',
      senderName: 'Alex',
      intent: 'friendship',
      fields: { apology: 'I am sorry.' },
      paper: 'a4',
      created: '2025-01-01T00:00:00.000Z',
      modified: '2025-01-02T00:00:00.000Z',
    };
    const draft = parseDraft(JSON.stringify(v1));
    expect(draft.version).toBe(DRAFT_VERSION);
    expect(draft.templateId).toBe('letter-friendship');
    expect(draft.recipient).toEqual({ name: 'Sam', pronouns: { kind: 'they' } });
    expect(draft.layout).toEqual({ paper: 'a4', fold: 'letter', foldGuides: true });
    expect(draft.situation).toEqual({ unanswered: 0, heard: 'unknown' });
  });

  it('accepts custom pronouns and rejects an incomplete set', () => {
    const draft = sample();
    draft.recipient.pronouns = {
      kind: 'custom',
      set: {
        subject: 'ze',
        object: 'zir',
        possessive: 'zir',
        possessivePronoun: 'zirs',
        reflexive: 'zirself',
        plural: false,
      },
    };
    expect(parseDraft(serializeDraft(draft)).recipient.pronouns).toEqual(draft.recipient.pronouns);
    const broken = JSON.parse(serializeDraft(draft)) as { recipient: { pronouns: { set: Record<string, unknown> } } };
    delete broken.recipient.pronouns.set.reflexive;
    expect(errorOf(() => parseDraft(JSON.stringify(broken))).message).toContain('recipient.pronouns.set.reflexive');
  });
});

describe('draft files', () => {
  it('loads a valid file and rejects oversized, non-UTF-8 and missing ones with clear errors', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'olive-draft-'));
    const good = join(dir, 'good.olive');
    await writeFile(good, serializeDraft(sample()));
    expect((await readDraftFile(good)).sender.name).toBe('Inès');

    const huge = join(dir, 'huge.olive');
    await writeFile(huge, Buffer.alloc(MAX_DRAFT_BYTES + 1, 0x20));
    await expect(readDraftFile(huge)).rejects.toMatchObject({ code: 'draft/too-large', where: huge });

    const latin1 = join(dir, 'latin1.olive');
    await writeFile(latin1, Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]));
    await expect(readDraftFile(latin1)).rejects.toMatchObject({ code: 'draft/not-utf8' });

    await expect(readDraftFile(join(dir, 'absent.olive'))).rejects.toMatchObject({ code: 'draft/unreadable' });
    await expect(readDraftFile(dir)).rejects.toMatchObject({ code: 'draft/not-a-file' });
  });
});
