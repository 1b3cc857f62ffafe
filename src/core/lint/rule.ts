/**
 * What a rule is: declarative `meta` (ESLint style) plus a small `check` that reports findings.
 * Detection lives in the phrase lists and the check; fixes are plain suggestions.
 */
import type { GuideStep, Heard, Intent, Kind } from '../types';
import type { Analysis } from './engine/analysis';
import type { SentenceLanguage } from './language';
import { reportedByWriter } from './language/reported';
import { quoted } from './quotes';
import type { FamilyKey } from './engine/compile';
import type { Match } from './engine/matcher';
import type { IntentSignals } from './intent';
import type { SignOff } from './signoff';
import type { LintCategory, Severity, Speller, Suggestion } from './types';

export interface RuleMeta {
  /** "category/name". */
  id: string;
  category: LintCategory;
  /** The usual severity; a check may lower or raise it for a kind. */
  severity: Severity;
  /** The guide step the advice comes from, or 'by-kind' (message 1, card 2, note 4, letter 5). */
  step: GuideStep | 'by-kind';
  fixable: boolean;
  /** One line for docs and `--help`-style listings. */
  description: string;
  /** Message templates by id; "{{phrase}}" is the flagged words. `default` is required. */
  messages: { default: string } & Record<string, string>;
  /**
   * Texts the rule must flag and texts it must let pass, tested for every rule and listed in
   * docs/rules.md. `kind` is the piece the examples are read as (default: message).
   */
  examples: RuleExamples;
}

export interface RuleExample {
  text: string;
  kind?: Kind;
  intent?: Intent;
  heard?: Heard;
}

export interface RuleExamples {
  kind?: Kind;
  intent?: Intent;
  flag: readonly (string | RuleExample)[];
  pass: readonly (string | RuleExample)[];
}

/** A finding of a language detector: a token range, end exclusive. */
export interface TokenSpan {
  first: number;
  end: number;
}

export interface Report {
  start: number;
  end: number;
  messageId?: string;
  data?: Record<string, string>;
  severity?: Severity;
  suggestions?: Suggestion[];
}

export interface RuleContext {
  text: string;
  kind: Kind;
  declared: Intent | null;
  heard: Heard;
  /** Unanswered messages so far (0 when unknown). */
  unanswered: number;
  analysis: Analysis;
  /** What the text itself says the writer wants (friendship, romantic, mixed, unstated), and where. */
  signals: IntentSignals;
  signOff: SignOff | null;
  /** Every card and note, and anything declared friendship: romantic wording does not belong. */
  friendshipPiece: boolean;
  speller: Speller | null;
  /**
   * Whether a rule that ran earlier already reported this category (as an error or a warning)
   * over any of these characters: the learned rules, which run last, stay second to the others.
   */
  flagged: (category: LintCategory, start: number, end: number) => boolean;
  report: (finding: Report) => void;
}

export interface Rule {
  meta: RuleMeta;
  check: (context: RuleContext) => void;
}

export const STEP_BY_KIND: Readonly<Record<Kind, GuideStep>> = { message: 1, card: 2, note: 4, letter: 5 };

/** The quoted words of a finding, shortened for a message. */
export function quote(text: string, start: number, end: number): string {
  const words = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return words.length > 48 ? `${words.slice(0, 45).trimEnd()}…` : words;
}

/** A sentence span widened over the spaces after it, so removing it leaves clean text. */
export function sentenceRemoval(context: RuleContext, match: Match): { start: number; end: number } {
  const sentence = context.analysis.sentenceOf(match);
  const { text } = context;
  // A line break ends a sentence for this purpose (cards often skip the full stop).
  const lineStart = context.analysis.lineAround(match.start).start;
  const lineEnd = context.analysis.lineAround(match.end).end;
  let start = Math.max(sentence.start, lineStart);
  while (start < match.start && /\s/.test(text[start] as string)) start++;
  let end = Math.min(sentence.end, lineEnd);
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  return { start, end };
}

export interface PhraseRuleOptions {
  families: readonly FamilyKey[];
  /** Whether the rule runs at all for this piece. */
  applies?: (context: RuleContext) => boolean;
  /** Severity for one match, or null to let it pass. Defaults to meta.severity. */
  severity?: (context: RuleContext, match: Match) => Severity | null;
  /** Underline the phrase (default) or the whole sentence (so a fix can remove it). */
  span?: 'phrase' | 'sentence';
  suggest?: (context: RuleContext, match: Match, span: { start: number; end: number }) => Suggestion[];
  messageId?: (context: RuleContext, match: Match) => string;
  /** Report negated matches too (default false: "no need to reply" is fine). */
  keepNegated?: boolean;
  /** Families reported only when negated ("not just friends" is romantic). */
  negatedFamilies?: readonly FamilyKey[];
  /** Drop findings inside what the writer says they once said ("I said you were too sensitive"). */
  exceptReported?: boolean;
  /** A detector over the language layer, sentence by sentence: token ranges to report. */
  find?: (context: RuleContext, sentence: SentenceLanguage) => Iterable<TokenSpan>;
  /**
   * The detector reads only its sentence (the default), so its findings are kept with the
   * sentence and reused while the sentence is unchanged. False for detectors that look further.
   */
  local?: boolean;
}

const NONE: readonly TokenSpan[] = Object.freeze([]);

/** More findings of one rule than anyone can read (a megabyte of hearts): the rest is already flagged. */
export const MAX_FINDINGS_PER_RULE = 1000;

/** Family id of findings that come from a language detector rather than a phrase list. */
export const DETECTED = -1;

/**
 * Runs a language detector over every sentence, as matches of the DETECTED family. A local
 * detector's findings are kept with the sentence (relative to its first token) and reused.
 */
function* detected(
  context: RuleContext,
  id: string,
  find: NonNullable<PhraseRuleOptions['find']>,
  local: boolean,
): Iterable<Match> {
  const { tokens } = context.analysis;
  for (const sentence of context.analysis.language.sentences()) {
    let spans: readonly TokenSpan[];
    if (local) {
      let relative = sentence.memo.get(id) as readonly TokenSpan[] | undefined;
      if (!relative) {
        // Most sentences give nothing: a list is made only for one that gives a span.
        let found: TokenSpan[] | undefined;
        for (const span of find(context, sentence))
          (found ??= []).push({ first: span.first - sentence.first, end: span.end - sentence.first });
        relative = found ?? NONE;
        sentence.memo.set(id, relative);
      }
      if (relative.length === 0) continue;
      spans = relative.map((span) => ({ first: span.first + sentence.first, end: span.end + sentence.first }));
    } else spans = [...find(context, sentence)];
    for (const span of spans) {
      if (!(span.end > span.first)) continue;
      const first = tokens[span.first];
      const last = tokens[span.end - 1];
      if (!first || !last) continue;
      yield { family: DETECTED, firstToken: span.first, endToken: span.end, start: first.start, end: last.end };
    }
  }
}

/** The common shape: report every (non-negated) match of some phrase families, and what a detector finds. */
export function phraseRule(meta: RuleMeta, options: PhraseRuleOptions): Rule {
  const families = [
    ...options.families.map((f) => [f, false] as const),
    ...(options.negatedFamilies ?? []).map((f) => [f, true] as const),
  ];
  const { find } = options;
  return {
    meta,
    check(context) {
      if (options.applies && !options.applies(context)) return;
      const sources: (readonly [FamilyKey | null, boolean])[] = find ? [...families, [null, false]] : [...families];
      for (const [family, wantNegated] of sources) {
        let reachedEnd = -1;
        let lastStart = -1;
        let reachedError = false;
        let distinct = 0;
        for (const match of family === null
          ? detected(context, meta.id, find!, options.local !== false)
          : context.analysis.matches(family)) {
          // Inside a finding already at the highest severity: nothing it could add ("please please ...").
          if (reachedError && match.end <= reachedEnd) continue;
          const negated = family !== null && context.analysis.isNegated(match);
          if (wantNegated ? !negated : negated && !options.keepNegated) continue;
          if (options.exceptReported && reportedByWriter(context.analysis, match.firstToken)) continue;
          // Words in quotation marks are mentioned, not meant: 'rather than hide behind "let's catch up"'.
          const line = context.analysis.lineAround(match.start);
          if (quoted(context.analysis.quotes(), line.start, line.end, match.start, match.end)) continue;
          const severity = options.severity ? options.severity(context, match) : meta.severity;
          if (severity === null) continue;
          const span =
            options.span === 'sentence' ? sentenceRemoval(context, match) : { start: match.start, end: match.end };
          if (span.start < reachedEnd && span.start !== lastStart) {
            // Overlaps the previous finding and will merge into it: skip the message work ("please please please ...").
            context.report({ ...span, severity });
            reachedEnd = Math.max(reachedEnd, span.end);
            reachedError ||= severity === 'error';
            continue;
          }
          // More findings of one rule than anyone can read: the rest of the text is already clearly flagged.
          if (++distinct > MAX_FINDINGS_PER_RULE) break;
          reachedError = span.start === lastStart ? reachedError || severity === 'error' : severity === 'error';
          reachedEnd = Math.max(reachedEnd, span.end);
          lastStart = span.start;
          context.report({
            ...span,
            severity,
            messageId:
              options.messageId?.(context, match) ??
              (meta.messages[context.kind] !== undefined ? context.kind : 'default'),
            data: { phrase: quote(context.text, match.start, match.end) },
            suggestions: options.suggest?.(context, match, span) ?? [],
          });
        }
      }
    },
  };
}
