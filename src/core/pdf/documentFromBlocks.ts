/**
 * A rendered document made directly from block texts, without a template: for the warm-up card,
 * the design thumbnails, the gallery, benchmarks and tests. Blocks are joined by blank lines.
 */
import type { RenderedBlock, RenderedDocument } from '../templates/types';
import type { Kind } from '../types';

export function documentFromBlocks(
  kind: Kind,
  blocks: Record<string, string>,
  names: { sender?: string; recipient?: string; title?: string } = {},
): RenderedDocument {
  let text = '';
  const rendered: RenderedBlock[] = [];
  for (const [id, body] of Object.entries(blocks)) {
    if (rendered.length > 0) text += '\n\n';
    rendered.push({ id, start: text.length, end: text.length + body.length, text: body });
    text += body;
  }
  return {
    templateId: `blocks-${kind}`,
    kind,
    step: kind === 'letter' ? 5 : kind === 'note' ? 4 : kind === 'message' ? 1 : 2,
    title: names.title ?? 'Thinking of you',
    intent: 'friendship',
    channel: kind === 'message' ? 'text' : 'post',
    sender: names.sender ?? 'Elena',
    recipient: names.recipient ?? 'Rowan',
    text,
    blocks: rendered,
    spans: [],
  };
}
