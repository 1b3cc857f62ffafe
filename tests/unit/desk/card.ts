/** A friendship card as main renders it, and the desk context around it, for the desk's tests. */
import type { Base, DeskContext } from '../../../src/renderer/src/editor/deskCheck';
import type { RenderedDocument } from '../../../src/core/templates/types';

/** A card as main renders it: template words around two writer fields and the names. */
export function card(message: string, wish = 'Take good care.'): Base {
  const head = 'Hi Sam,\n\nYou came to mind this week, so here is a small hello.\n\n';
  const text = `${head}${message}${message ? '\n\n' : ''}${wish}\n\nAlex`;
  const m = head.length;
  const w = message ? m + message.length + 2 : m;
  const doc: RenderedDocument = {
    templateId: 'card-thinking-of-you',
    kind: 'card',
    step: 2,
    title: 'Thinking of you',
    intent: 'friendship',
    channel: 'post',
    sender: 'Alex',
    recipient: 'Sam',
    text,
    blocks: [{ id: 'inside', start: 0, end: text.length, text }],
    spans: [
      { field: 'recipient.name', block: 'inside', start: 3, end: 6 },
      ...(message ? [{ field: 'message', block: 'inside', start: m, end: m + message.length }] : []),
      { field: 'wish', block: 'inside', start: w, end: w + wish.length },
      { field: 'sender.name', block: 'inside', start: text.length - 4, end: text.length },
    ],
  };
  return { doc, values: { message, wish, 'recipient.name': 'Sam', 'sender.name': 'Alex' } };
}

export const context: DeskContext = {
  fields: [
    { id: 'message', label: 'Your message', required: true, type: 'long' },
    { id: 'wish', label: 'A kind wish', required: false, type: 'short' },
  ],
  kept: { ignored: [], off: [] },
  heard: 'unknown',
  unanswered: 4,
  printProblem: null,
};

export const values = (message: string, more: Record<string, string> = {}) => ({
  message,
  wish: 'Take good care.',
  'recipient.name': 'Sam',
  'sender.name': 'Alex',
  ...more,
});
