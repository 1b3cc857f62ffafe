/**
 * The verdict's vocabulary: one answer to "is this ready to mail?" for a draft, read by every
 * screen of the desk, by `olive lint` and by the last step. See docs/ARCHITECTURE.md, "The verdict".
 */
import type { IntentVerdict, LintCategory, Severity, Speller, Suggestion } from '../lint/types';
import type { CheckId } from '../pieces/ready';
import type { RenderedDocument } from '../templates/types';
import type { GuideStep, Heard, Intent, Kind } from '../types';

/** A finding the writer chose to keep: it follows its words (rule, field and text), not offsets. */
export interface IgnoredFinding {
  rule: string;
  /** The field holding the words, or null for the piece as a whole. */
  field: string | null;
  text: string;
}

/** What the writer chose to keep on purpose. */
export interface KeptChoices {
  ignored: IgnoredFinding[];
  /** Rule ids ("needy/begging"), categories ("style") or "category/*" switched off. */
  off: string[];
}

/** A template field as the verdict needs it. */
export interface PieceField {
  id: string;
  label: string;
  required: boolean;
  type: 'short' | 'long' | 'choice';
}

/** One suggestion, placed: it replaces [fieldStart, fieldEnd) of its finding's field. */
export interface PlacedFix extends Suggestion {
  fieldStart: number;
  fieldEnd: number;
}

/** One linter finding inside a verdict finding (several may cover the same words). */
export interface FindingPart {
  rule: string;
  category: LintCategory;
  severity: Severity;
  step: GuideStep;
  message: string;
  /** Its own words (a merged finding's parts may cover a little more or less than each other). */
  text: string;
  /** Quick fixes; never one that would empty a needed field. */
  fixes: PlacedFix[];
}

export type KeptReason = 'ignored' | 'switched-off';

/** One place in the piece with something to say about it: findings over the same words are one. */
export interface VerdictFinding {
  /** Stable while the words stay: the rules and the document offsets. */
  id: string;
  /** The field whose words it is about; for a note about the whole piece, the field to write in. */
  field: string | null;
  /** `words`: underline these words. `piece`: about the piece as a whole (something missing). */
  scope: 'words' | 'piece';
  /** Offsets in the checked text. */
  start: number;
  end: number;
  /** Offsets within the field's value (null for a note about the whole piece). */
  fieldStart: number | null;
  fieldEnd: number | null;
  excerpt: string;
  /** The most severe of its parts. */
  severity: Severity;
  /** Distinct categories, most severe first. */
  categories: LintCategory[];
  /** The guide step of its most severe part. */
  step: GuideStep;
  parts: FindingPart[];
  /** Set when the writer chose to keep it. */
  kept?: KeptReason;
  /** True when it overlaps a shorter finding: its line is drawn apart so both stay legible. */
  outer?: boolean;
}

/** What the words say about the writer's intent, every open finding counted. */
export type IntentReading = IntentVerdict | 'unclear';

export interface VerdictIntent {
  /** What the writer means; null when nobody said (`olive lint` without --intent). */
  declared: Intent | null;
  /** The linter's reading of the words alone. */
  detected: IntentVerdict;
  /** What the piece reads as once romantic and hedging findings are counted. */
  readsAs: IntentReading;
  /** The one field the intent indicator and the checklist's intent item both read. */
  clear: boolean;
}

export interface Check {
  id: CheckId;
  label: string;
  ok: boolean;
  /** Ids of open findings that fail it. */
  findings: string[];
}

export interface Verdict {
  kind: Kind;
  /** Every check passes. Findings kept on purpose do not stop it; they are counted in `kept`. */
  ready: boolean;
  /** "Ready to mail", "Ready to mail, with 2 things you chose to keep", "Not yet: 3 things still open". */
  headline: string;
  intent: VerdictIntent;
  checks: Check[];
  /** Open findings, in text order. */
  findings: VerdictFinding[];
  /** Findings kept on purpose (ignored, or their check switched off), in text order. */
  kept: VerdictFinding[];
  /** Labels of needed fields that are empty. */
  missing: string[];
  /** Why the print layout refused the piece, or null. */
  printProblem: string | null;
}

/** A rendered piece and what the writer chose, everything the verdict reads. */
export interface PieceInput {
  doc: RenderedDocument;
  fields: readonly PieceField[];
  /** Current values by field id, names included ("recipient.name", "sender.name", "partner.name"). */
  values: Readonly<Record<string, string>>;
  kept?: KeptChoices;
  heard?: Heard;
  unanswered?: number;
  partnerName?: string;
  /** The writer's words in fields not yet placed in `doc` (typed since the last render). */
  unplaced?: readonly { field: string; text: string }[];
  /** Why the print layout refused the piece (too long for the card), in one sentence. */
  printProblem?: string | null;
  speller?: Speller;
}
