/**
 * An action on a finding the panel showed a moment ago acts on the finding as it is now
 * (src/renderer/src/editor/freshFinding.ts): the panel waits for typing to pause, the words do not.
 */
import { describe, expect, it } from 'vitest';
import { checkDesk, type Base, type DeskContext } from '../../../src/renderer/src/editor/deskCheck';
import { freshFinding } from '../../../src/renderer/src/editor/freshFinding';
import type { RenderedDocument } from '../../../src/core/templates/types';
import type { VerdictFinding } from '../../../src/core/verdict/types';

function card(message: string): Base {
  const head = 'Hi Ren,\n\n';
  const text = `${head}${message}\n\nAlex`;
  const doc: RenderedDocument = {
    templateId: 'card-thinking-of-you',
    kind: 'card',
    step: 2,
    title: 'Thinking of you',
    intent: 'friendship',
    channel: 'post',
    sender: 'Alex',
    recipient: 'Ren',
    text,
    blocks: [{ id: 'inside', start: 0, end: text.length, text }],
    spans: [
      { field: 'recipient.name', block: 'inside', start: 3, end: 6 },
      { field: 'message', block: 'inside', start: head.length, end: head.length + message.length },
      { field: 'sender.name', block: 'inside', start: text.length - 4, end: text.length },
    ],
  };
  return { doc, values: { message, 'recipient.name': 'Ren', 'sender.name': 'Alex' } };
}

const context: DeskContext = {
  fields: [{ id: 'message', label: 'Your message', required: true, type: 'long' }],
  kept: { ignored: [], off: [] },
  heard: 'unknown',
  unanswered: 0,
  partnerName: '',
  printProblem: null,
};

function pressureIn(message: string): { finding: VerdictFinding; all: readonly VerdictFinding[] } {
  const all = checkDesk(card(message), { message }, context).verdict.findings;
  const finding = all.find((f) => f.parts.some((p) => p.rule.startsWith('pressure/')));
  if (!finding) throw new Error(`no pressure finding in ${JSON.stringify(message)}`);
  return { finding, all };
}

describe('freshFinding', () => {
  it('finds the finding again after its words grew while the panel waited', () => {
    const seen = pressureIn('The garden looks lovely. Write back s').finding;
    const now = pressureIn('The garden looks lovely. Write back soon!');
    expect(seen.excerpt).not.toBe(now.finding.excerpt);
    expect(freshFinding(now.all, seen)?.excerpt).toBe(now.finding.excerpt);
  });

  it('is null once the words have gone', () => {
    const seen = pressureIn('The garden looks lovely. Write back soon!').finding;
    const all = checkDesk(card('The garden looks lovely.'), { message: 'The garden looks lovely.' }, context).verdict
      .findings;
    expect(freshFinding(all, seen)).toBeNull();
  });
});
