/**
 * The wording linter (issue 3): catches needy, pressuring, ambiguous, romantic, blaming and
 * partner-belittling phrasing, checks the sign-off and the elements a piece needs, and says which
 * guide step each finding comes from.
 *
 * Layout:
 *   data/      phrase lists, one file per category, plus text-speak and shared word families
 *   engine/    tokenizer (normalises text-speak, apostrophes, stretched letters), pattern compiler
 *              (all lists into one trie, once), matcher, and the per-text analysis with negation
 *   rules/     one module per rule: declarative meta plus a small check; registry.ts lists them
 *   lint.ts    runs the rules; document.ts maps findings to template fields; speller.ts wraps a checker
 *
 * Pure TypeScript with no Node or DOM imports: the renderer runs it on every keystroke. The
 * Node-only dictionary loader lives in ../lint-node.
 */
export { forgetReadText, lint, inferKind, prepareLinter, readAs } from './lint';
export { lintDocument, type DocumentDiagnostic, type DocumentLintResult } from './document';
export { createSpeller, type SpellChecker } from './speller';
export { RULES, RULES_BY_ID } from './registry';
export { STEP_BY_KIND, type Rule, type RuleMeta, type RuleContext } from './rule';
export {
  LINT_CATEGORIES,
  SEVERITIES,
  INTENT_VERDICTS,
  type LintCategory,
  type Severity,
  type IntentVerdict,
  type Suggestion,
  type Diagnostic,
  type IgnoredDiagnostic,
  type Speller,
  type LintOptions,
  type LintResult,
} from './types';
