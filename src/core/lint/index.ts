/** The wording linter (issue 3): lint(), lintDocument(), the rule registry and the speller hook. */
export { lint, inferKind, prepareLinter, readAs } from './lint';
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
