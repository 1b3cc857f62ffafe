/** The shape of a phrase list: named families of patterns (see engine/pattern.ts for the syntax). */
export interface PhraseFamily {
  patterns: readonly string[];
  /** Phrases that look like a match but are fine ("i need you to know"): a match they cover is dropped. */
  except?: readonly string[];
  /** A negation shortly before the phrase ("no need to", "I won't") cancels it. Default true. */
  negatable?: boolean;
}

export type PhraseList = Readonly<Record<string, PhraseFamily>>;
