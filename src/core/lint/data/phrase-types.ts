/** The shape of a phrase list: named families of patterns (see engine/pattern.ts for the syntax). */
export interface PhraseFamily {
  patterns: readonly string[];
  /**
   * Phrases that look like a match but are fine ("i need you to know", "love to see you happy"):
   * a match is dropped when an exception starts before its end and reaches at least as far.
   */
  except?: readonly string[];
  /** A negation shortly before the phrase ("no need to", "I won't") cancels it. Default true. */
  negatable?: boolean;
}

export type PhraseList = Readonly<Record<string, PhraseFamily>>;
