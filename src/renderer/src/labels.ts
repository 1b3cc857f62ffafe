/** Words the desk shows for the core's vocabulary, in one place. */
import type { PieceKind } from '../../core/guide';
import { KIND_LABEL } from '../../core/pieces/kinds';
import type { Heard, Intent, Layout, Paper } from '../../core/types';

export { KIND_LABEL, KIND_WORD } from '../../core/pieces/kinds';

export const PIECE_LABEL: Record<PieceKind, string> = {
  ...KIND_LABEL,
  wait: 'Wait, and do nothing else for now',
  answer: 'Answer them, warmly and simply',
};

export const INTENT_LABEL: Record<Intent, string> = { friendship: 'Friendship', romantic: 'Romance' };

export const HEARD_LABEL: Record<Heard, string> = {
  'new-relationship': 'They are in a new relationship and happy',
  'still-hurt': 'They are still hurt and do not want to talk',
  unknown: 'I have not heard anything yet',
};

export const PAPER_LABEL: Record<Paper, string> = { letter: 'US Letter', a4: 'A4' };

export const LAYOUT_LABEL: Record<Layout, string> = {
  'quarter-fold': 'Quarter-fold card',
  'half-fold': 'Half-fold card',
  note: 'Small note',
  letter: 'Letter pages',
  envelope: 'Envelope',
};

/** What each guide step is about (shown after its "Step N" badge, so without the number). */
export const STEP_TITLE: Record<number, string> = {
  1: 'A short message, only as a first try',
  2: 'A friendship card by post',
  3: 'Ask mutual friends',
  4: 'Respect a new relationship',
  5: 'One heartfelt letter, then wait',
};

export const CATEGORY_LABEL: Record<string, string> = {
  needy: 'Needy',
  pressure: 'Pressure',
  'ambiguous-intent': 'Unclear intent',
  romantic: 'Romantic',
  blame: 'Blame',
  signature: 'Sign-off',
  'new-partner': 'About the new partner',
  'missing-element': 'Something missing',
  length: 'Length',
  spelling: 'Spelling',
  style: 'Style',
};

/** How each category is underlined, described in words (the panel's legend repeats the style itself). */
export const CATEGORY_MARK: Record<string, string> = {
  needy: 'wavy underline',
  pressure: 'double underline',
  'ambiguous-intent': 'dashed underline',
  romantic: 'dotted underline',
  blame: 'thick underline',
  signature: 'line above and below',
  'new-partner': 'wavy line above and below',
  'missing-element': 'dashed box',
  length: 'thin dotted underline',
  spelling: 'thin dotted underline',
  style: 'thin dotted underline',
};

export const CATEGORY_ORDER = Object.keys(CATEGORY_LABEL);

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function formatDate(iso: string): string {
  const date = new Date(iso);
  return date.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return date.toLocaleString(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

export function daysBetween(fromIso: string, to = new Date()): number {
  return Math.max(0, Math.floor((to.getTime() - new Date(fromIso).getTime()) / 86_400_000));
}

/** How each intent reading of the verdict is said. */
export const READS_AS: Record<string, string> = {
  friendship: 'friendship',
  romantic: 'romance',
  mixed: 'mixed: friendship and romance',
  unstated: 'nothing either way yet',
  unclear: 'unclear: it hedges',
};
