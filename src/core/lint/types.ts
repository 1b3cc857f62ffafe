/**
 * The linter's public vocabulary. Kept free of Node and DOM types: the renderer lints on every
 * keystroke with the very same code the CLI runs.
 */
import type { GuideStep, Heard, Intent, Kind } from '../types';

/**
 * Fixed category names (docs/ARCHITECTURE.md, Contracts). The first eight are the real problems; the last three are
 * softer advice.
 */
export const LINT_CATEGORIES = [
  'needy',
  'pressure',
  'ambiguous-intent',
  'romantic',
  'blame',
  'signature',
  'new-partner',
  'missing-element',
  'length',
  'spelling',
  'style',
] as const;
export type LintCategory = (typeof LINT_CATEGORIES)[number];

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** What the text itself says about the writer's intent, whatever was declared. */
export const INTENT_VERDICTS = ['friendship', 'romantic', 'mixed', 'unstated'] as const;
export type IntentVerdict = (typeof INTENT_VERDICTS)[number];

export interface Suggestion {
  /** Short label for a menu or quick-fix button. */
  label: string;
  /** Replaces text[start, end) of the diagnostic it belongs to. */
  replacement: string;
}

export interface Diagnostic {
  /** Stable id, "category/name", e.g. "needy/begging". */
  rule: string;
  category: LintCategory;
  severity: Severity;
  /** UTF-16 offsets into the linted text, end exclusive. */
  start: number;
  end: number;
  /** 1-based line and column (column counted in UTF-16 code units, as editors do). */
  line: number;
  column: number;
  message: string;
  /** The guide step (docs/ARCHITECTURE.md, Contracts) the advice comes from. */
  step: GuideStep;
  suggestions: Suggestion[];
}

/** A diagnostic the writer chose to keep. With `text`, it survives edits that move the words. */
export interface IgnoredDiagnostic {
  rule: string;
  start: number;
  end: number;
  text?: string;
}

/** A spell checker, e.g. an nspell instance wrapped by `createSpeller`. */
export interface Speller {
  correct: (word: string) => boolean;
  suggest: (word: string) => string[];
}

export interface LintOptions {
  /** The piece being written. When missing, it is guessed from the text's shape. */
  kind?: Kind;
  /** The intent the writer declared (friendship or romantic). */
  intent?: Intent;
  /** Rule ids ("needy/begging") or whole categories ("style") to switch off. */
  disabledRules?: string[];
  ignored?: IgnoredDiagnostic[];
  /** What mutual friends said (guide step 3). */
  heard?: Heard;
  /** How many messages already went unanswered (guide step 1): after several, no more digital contact. */
  unanswered?: number;
  /** Offline spell checker; without one, no spelling advice is given. */
  speller?: Speller;
  /** The sender's name, which helps find the sign-off. */
  senderName?: string;
  /** The new partner's name, when known, so remarks about them are recognised. */
  partnerName?: string;
}

export interface LintResult {
  kind: Kind;
  /**
   * `detected`: what the piece reads as, its statements of intent and the romantic wording found
   * (ignored findings left out). `stated`: what its statements of intent alone say; the desk reads
   * it beside the findings the writer keeps open (src/core/verdict/intent.ts).
   */
  intent: { declared: Intent | null; detected: IntentVerdict; stated: IntentVerdict };
  /** True when nothing has error severity. */
  ready: boolean;
  /** Sorted by start (then end, then rule). */
  diagnostics: Diagnostic[];
}
