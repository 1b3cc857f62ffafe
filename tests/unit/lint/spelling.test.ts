import { describe, expect, it } from 'vitest';
import { createSpeller, lint } from '../../../src/core/lint';
import { loadEnglishSpeller } from '../../../src/core/lint-node/speller';

describe('spelling advice', () => {
  it('uses the offline dictionary, only as info, skipping names and text-speak', async () => {
    const speller = await loadEnglishSpeller();
    const text = 'Hi Siobhan, I recieved the tickets, thanx. Hope u liked the theatre.';
    const found = lint(text, { kind: 'message', speller }).diagnostics.filter(
      (d) => d.rule === 'spelling/unknown-word',
    );
    expect(found.map((d) => text.slice(d.start, d.end))).toEqual(['recieved', 'thanx']);
    for (const d of found) expect(d.severity).toBe('info');
    expect(found[0]?.suggestions[0]?.replacement).toBe('received');
  });

  it('is off without a speller, and a failing checker is never a finding', () => {
    expect(lint('I recieved it', { kind: 'message' }).diagnostics.filter((d) => d.category === 'spelling')).toEqual([]);
    const broken = createSpeller({
      correct: () => {
        throw new Error('boom');
      },
      suggest: () => [],
    });
    expect(
      lint('I recieved it', { kind: 'message', speller: broken }).diagnostics.filter((d) => d.category === 'spelling'),
    ).toEqual([]);
  });
});
