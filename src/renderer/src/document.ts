/** The draft the desk is working on, and the small pure helpers that change it. */
import type { Draft } from '../../shared/ipc';
import type { IgnoredFinding } from '../../core/verdict/types';
import { pieceTitle } from '../../core/pieces/kinds';
import { foldFor } from '../../core/pieces/layouts';

export interface OpenDoc {
  docId: string;
  /** The `.olive` file, or null until first saved. */
  path: string | null;
  draft: Draft;
  /** Changes not yet saved to `path`. A new draft nobody has touched has none. */
  dirty: boolean;
  /** Printed, or saved as a PDF, since it was opened (mailing a piece never printed asks first). */
  printed: boolean;
}

export function docTitle(draft: Draft): string {
  return pieceTitle(draft.kind, draft.recipient.name);
}

export function fileName(path: string | null): string {
  if (!path) return 'Not saved yet';
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] ?? path;
}

export function withField(draft: Draft, field: string, value: string): Draft {
  return { ...draft, fields: { ...draft.fields, [field]: value } };
}

/** A draft as the desk holds it: a fold that suits its kind (an older file may name one that does not). */
export function settled(draft: Draft): Draft {
  const fold = foldFor(draft.kind, draft.layout.fold);
  return fold === draft.layout.fold ? draft : { ...draft, layout: { ...draft.layout, fold } };
}

const NO_KEPT = { ignored: [], off: [] };

/** Keeps a finding on purpose (it follows its words). */
export function keepFinding(draft: Draft, finding: IgnoredFinding): Draft {
  const kept = draft.kept ?? NO_KEPT;
  return { ...draft, kept: { ...kept, ignored: [...kept.ignored, finding] } };
}

/** Switches a check off (by rule id); its findings stay listed as kept. */
export function switchOff(draft: Draft, rule: string): Draft {
  const kept = draft.kept ?? NO_KEPT;
  return kept.off.includes(rule) ? draft : { ...draft, kept: { ...kept, off: [...kept.off, rule] } };
}

/** Brings a kept finding back: drops the ignore, or switches its checks on again. */
export function bringBack(
  draft: Draft,
  rules: readonly string[],
  field: string | null,
  matches: (text: string) => boolean,
): Draft {
  const kept = draft.kept ?? NO_KEPT;
  return {
    ...draft,
    kept: {
      ignored: kept.ignored.filter((i) => !(rules.includes(i.rule) && i.field === field && matches(i.text))),
      off: kept.off.filter((rule) => !rules.some((r) => r === rule || r.startsWith(`${rule}/`))),
    },
  };
}

export function sameRecipient(a: string, b: string): boolean {
  const norm = (s: string) => s.trim().toLocaleLowerCase().replace(/\s+/g, ' ');
  return norm(a) !== '' && norm(a) === norm(b);
}
