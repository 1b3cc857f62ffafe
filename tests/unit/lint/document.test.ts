import { describe, expect, it } from 'vitest';
import { lintDocument } from '../../../src/core/lint';
import type { RenderedDocument } from '../../../src/core/templates/types';

function doc(parts: (string | [string, string])[], extra: Partial<RenderedDocument> = {}): RenderedDocument {
  let text = '';
  const spans: RenderedDocument['spans'] = [];
  for (const part of parts) {
    if (typeof part === 'string') text += part;
    else {
      spans.push({ field: part[0], block: 'inside', start: text.length, end: text.length + part[1].length });
      text += part[1];
    }
  }
  return {
    templateId: 'test',
    kind: 'card',
    step: 2,
    title: 'Test',
    intent: 'friendship',
    channel: 'post',
    sender: 'Ines',
    recipient: 'Noah',
    text,
    blocks: [{ id: 'inside', start: 0, end: text.length, text }],
    spans,
    ...extra,
  };
}

describe('lintDocument', () => {
  it('maps findings to the field the writer typed, with offsets inside it', () => {
    const d = doc([
      'Dear ',
      ['recipient.name', 'Noah'],
      ',\nI hope all is well. ',
      ['news', 'I still love you.'],
      '\n',
      ['sender.name', 'Ines'],
    ]);
    const result = lintDocument(d);
    const found = result.diagnostics.find((x) => x.rule === 'romantic/declaration')!;
    expect(found.field).toBe('news');
    expect([found.fieldStart, found.fieldEnd]).toEqual([0, 'I still love you'.length]);
    expect(result.kind).toBe('card');
    expect(result.intent.declared).toBe('friendship');
  });

  it('gives field null for template text', () => {
    const d = doc(['Dear Noah,\nWrite back soon! ', ['news', 'The play was lovely.'], '\nInes']);
    const found = lintDocument(d).diagnostics.find((x) => x.rule === 'pressure/reply-request')!;
    expect(found.field).toBeNull();
    expect(found.fieldStart).toBeNull();
  });

  it('knows the partner by name from the partner span', () => {
    const d = doc(
      [
        'Hi Noah,\nI heard about ',
        ['partner.name', 'Lena'],
        '. ',
        ['news', 'Lena is so boring.'],
        ' I would like to be friends.\nInes',
      ],
      { kind: 'note' },
    );
    expect(lintDocument(d).diagnostics.map((x) => x.rule)).toContain('new-partner/belittles');
  });
});
