import { describe, expect, it } from 'vitest';
import { wrapAll, type IpcEventLike } from '../../src/main/ipc/wrap';
import { SPELLING_MAX_CHARS } from '../../src/shared/ipc';
import { setup } from './helpers';

const ours: IpcEventLike = { sender: { id: 1 }, senderFrame: { url: 'file:///app/index.html', parent: null } };

describe('lint.spelling', () => {
  it('finds a misspelt word with its span and suggestions', async () => {
    const { handlers } = await setup();
    const text = 'I hope the garden is doing well.\nThe lilacs are beautifull this year.';
    const { diagnostics } = await handlers.lint.spelling({ text, kind: 'card' });
    expect(diagnostics).toHaveLength(1);
    const [found] = diagnostics;
    expect(found).toMatchObject({
      rule: 'spelling/unknown-word',
      category: 'spelling',
      severity: 'info',
      line: 2,
      step: 2,
    });
    expect(text.slice(found?.start, found?.end)).toBe('beautifull');
    expect(found?.suggestions.map((s) => s.replacement)).toContain('beautiful');
  }, 20_000);

  it('skips names and text-speak, as the CLI does, and keeps offsets in UTF-16 after emoji', async () => {
    const { handlers } = await setup();
    const text = 'Saw Jorunn and Tamsin at the market, plz say hi, idk if u remember them, abt time 2.';
    const { diagnostics } = await handlers.lint.spelling({ text });
    expect(diagnostics).toEqual([]);
    const typo = '🌷 I went to the markit.';
    const found = (await handlers.lint.spelling({ text: typo })).diagnostics;
    expect(found.map((d) => typo.slice(d.start, d.end))).toEqual(['markit']);
  }, 20_000);

  it('refuses an oversized payload without running the check', async () => {
    const { handlers } = await setup();
    const invoke = wrapAll(handlers, () => true).get('olive:lint.spelling');
    const result = await invoke?.(ours, { text: 'a'.repeat(SPELLING_MAX_CHARS + 1) });
    expect(result).toMatchObject({ ok: false, error: { code: 'ipc/invalid-payload' } });
    const fine = await invoke?.(ours, { text: 'A short and fine line.' });
    expect(fine).toEqual({ ok: true, value: { diagnostics: [] } });
  }, 20_000);
});
