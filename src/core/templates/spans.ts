/**
 * Field spans survive Handlebars by riding along inside the text: each writer value is wrapped in
 * private-use characters before rendering (OPEN, field index, SEP, value, END) and the markers are
 * stripped afterwards, recording where each value landed. Writer text never contains the markers:
 * they are removed from it first.
 */
export const SPAN_OPEN = '\uE000';
export const SPAN_SEP = '\uE001';
export const SPAN_END = '\uE002';
const MARKERS = /[\uE000-\uE002]/g;

export function sanitizeWriterText(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(MARKERS, '');
}

export function wrapValue(index: number, value: string): string {
  return value === '' ? '' : `${SPAN_OPEN}${index}${SPAN_SEP}${value}${SPAN_END}`;
}

export interface LocalSpan {
  index: number;
  start: number;
  end: number;
}

/** Removes markers from `marked`, returning the clean text and the spans of every wrapped value. */
export function extractSpans(marked: string): { text: string; spans: LocalSpan[] } {
  let text = '';
  const spans: LocalSpan[] = [];
  const open: { index: number; start: number }[] = [];
  let i = 0;
  while (i < marked.length) {
    const next = marked.slice(i).search(MARKERS);
    if (next === -1) {
      text += marked.slice(i);
      break;
    }
    text += marked.slice(i, i + next);
    i += next;
    const ch = marked[i];
    if (ch === SPAN_OPEN) {
      const sep = marked.indexOf(SPAN_SEP, i);
      open.push({ index: Number(marked.slice(i + 1, sep)), start: text.length });
      i = sep + 1;
    } else if (ch === SPAN_END) {
      const started = open.pop();
      if (started) spans.push({ index: started.index, start: started.start, end: text.length });
      i++;
    } else {
      i++;
    }
  }
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  return { text, spans };
}
