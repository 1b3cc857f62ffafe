/** The draft the desk is working on, and the small pure helpers that change it. */
import type { Draft } from '../../shared/ipc';

export interface OpenDoc {
  docId: string;
  /** The `.olive` file, or null until first saved. */
  path: string | null;
  draft: Draft;
  /** Changes not yet saved to `path`. */
  dirty: boolean;
}

export function docTitle(draft: Draft): string {
  const kind = draft.kind === 'message' ? 'Message' : draft.kind === 'card' ? 'Card' : draft.kind === 'note' ? 'Note' : 'Letter';
  const name = draft.recipient.name.trim();
  return name ? `${kind} to ${name}` : `${kind} (no name yet)`;
}

export function fileName(path: string | null): string {
  if (!path) return 'Not saved yet';
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] ?? path;
}

export function withField(draft: Draft, field: string, value: string): Draft {
  return { ...draft, fields: { ...draft.fields, [field]: value } };
}

export function sameRecipient(a: string, b: string): boolean {
  const norm = (s: string) => s.trim().toLocaleLowerCase().replace(/\s+/g, ' ');
  return norm(a) !== '' && norm(a) === norm(b);
}
