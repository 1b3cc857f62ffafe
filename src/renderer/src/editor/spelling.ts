/**
 * Spelling advice for one prose field. The dictionary lives in main (the renderer has no file
 * system, and Chromium's own checker would fetch its dictionaries from the network), so the field
 * asks main once typing pauses, never on the keystroke path. Between answers the findings follow
 * the text through each edit; a word being edited drops its finding until the next answer.
 */
import type { ChangeDesc } from '@codemirror/state';
import type { Diagnostic } from '../../../core/lint/types';
import type { Kind } from '../../../core/types';
import type { Result, SpellingPayload, SpellingResult } from '../../../shared/ipc';

/** How long typing must pause before main is asked. */
export const SPELLING_PAUSE_MS = 400;

/** Main refuses longer texts (SPELLING_MAX_CHARS in the contract); a field that long gets no spelling advice. */
const MAX_CHARS = 100_000;

/** A spelling finding placed in the field's current text. */
export interface SpellingFinding {
  from: number;
  to: number;
  word: string;
  diagnostic: Diagnostic;
}

/** Words the writer told us to leave alone, for this run of the app, in every field. */
const ignoredWords = new Set<string>();

export function ignoreWord(word: string): void {
  ignoredWords.add(word.toLocaleLowerCase());
}

export type AskSpelling = (payload: SpellingPayload) => Promise<Result<SpellingResult>>;

export class FieldSpelling {
  private timer: number | undefined;
  /** Bumped by every edit and every request: an answer for an older text is dropped. */
  private generation = 0;
  private found: SpellingFinding[] = [];

  constructor(
    private readonly ask: AskSpelling,
    private readonly text: () => string,
    private readonly kind: Kind | undefined,
    /** Called with fresh findings when an answer for the current text arrives. */
    private readonly onAnswer: () => void,
  ) {}

  get findings(): readonly SpellingFinding[] {
    return this.found;
  }

  /** Follows an edit: findings move with their words; touched ones drop. Cheap, it runs on each key. */
  edited(changes: ChangeDesc): void {
    this.generation++;
    if (this.found.length > 0) {
      const kept: SpellingFinding[] = [];
      for (const f of this.found) {
        if (changes.touchesRange(f.from, f.to)) continue;
        kept.push({ ...f, from: changes.mapPos(f.from, 1), to: changes.mapPos(f.to, -1) });
      }
      this.found = kept;
    }
    this.schedule();
  }

  /** Asks main after the pause (restarting the wait on every call). */
  schedule(): void {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.check(), SPELLING_PAUSE_MS);
  }

  /** Re-applies the ignored words (after the writer ignores one). */
  refilter(): void {
    this.found = this.found.filter((f) => !ignoredWords.has(f.word.toLocaleLowerCase()));
  }

  dispose(): void {
    window.clearTimeout(this.timer);
    this.generation++;
  }

  private async check(): Promise<void> {
    const text = this.text();
    const asked = ++this.generation;
    if (text.length > MAX_CHARS) return;
    let result: Result<SpellingResult>;
    try {
      result = await this.ask(this.kind ? { text, kind: this.kind } : { text });
    } catch {
      return; // Spelling is a nicety: a failed request leaves the underlines as they were.
    }
    if (asked !== this.generation || this.text() !== text || !result.ok) return;
    this.found = result.value.diagnostics
      .map((d) => ({ from: d.start, to: d.end, word: text.slice(d.start, d.end), diagnostic: d }))
      .filter((f) => !ignoredWords.has(f.word.toLocaleLowerCase()));
    this.onAnswer();
  }
}
