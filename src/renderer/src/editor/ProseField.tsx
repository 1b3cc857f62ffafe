import { startTransition, useEffect, useRef } from 'react';
import { EditorState, type Transaction } from '@codemirror/state';
import { EditorView, keymap, placeholder as placeholderExt } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { linter, lintKeymap, setDiagnostics, type Diagnostic as CmDiagnostic } from '@codemirror/lint';
import type { Diagnostic } from '../../../core/lint/types';
import type { Kind } from '../../../core/types';
import type { VerdictFinding } from '../../../core/verdict/types';
import type { DeskChecker } from './DeskChecker';
import { findingFixes } from './findingFixes';
import { olive } from '../api';
import { CATEGORY_LABEL, CATEGORY_MARK } from '../labels';
import proseCss from './prose.css?inline';
import { addPendingEdits, typed } from './pending';
import { FieldSpelling, ignoreWord, type SpellingFinding } from './spelling';

/**
 * One constructed sheet shared by every editor's shadow root (constructed sheets are not inline <style>, so CSP allows
 * them).
 */
let proseSheet: CSSStyleSheet | undefined;
function sheet(): CSSStyleSheet {
  if (!proseSheet) {
    proseSheet = new CSSStyleSheet();
    proseSheet.replaceSync(proseCss);
  }
  return proseSheet;
}

/** performance.measure name for one keystroke's trip to updated underlines (read by the e2e perf test). */
export const KEYSTROKE_MEASURE = 'olive:keystroke-to-underline';

/**
 * The underlines follow every key at once; the rest of the desk (the draft in React state, the
 * panels, autosave, the preview) hears about the text once typing pauses this long, so a key
 * never waits behind a re-render. Re-rendering on each key cost about 4 ms of latency on a
 * 1,000-word letter.
 */
export const SETTLE_MS = 50;

interface Props {
  field: string;
  label: string;
  /** The field's hint, read out with the editor (ids do not reach into its shadow root, so no aria-describedby). */
  description?: string | undefined;
  placeholder?: string | undefined;
  initial: string;
  linter: DeskChecker;
  /** The piece being written, so spelling advice names the right guide step. */
  kind?: Kind | undefined;
  onChange: (field: string, value: string) => void;
  onIgnore: (finding: VerdictFinding) => void;
  onView: (field: string, view: EditorView | null) => void;
}

function tipHead(categories: readonly string[], step: number): HTMLElement {
  const head = document.createElement('p');
  head.className = 'lint-tip-head';
  categories.forEach((category, i) => {
    const cat = document.createElement('span');
    cat.className = `lint-tip-cat cat-${category}`;
    cat.textContent = CATEGORY_LABEL[category] ?? category;
    head.append(...(i > 0 ? [' · ', cat] : [cat]));
  });
  const badge = document.createElement('span');
  badge.className = 'step-badge small';
  badge.textContent = `Step ${step}`;
  head.append(' ', badge);
  return head;
}

/** One tooltip for one stretch of words: every category in it, and each message once. */
function renderFinding(finding: VerdictFinding): Node {
  const box = document.createElement('div');
  box.className = 'lint-tip';
  box.append(tipHead(finding.categories, finding.step));
  for (const message of new Set(finding.parts.map((p) => p.message))) {
    const msg = document.createElement('p');
    msg.className = 'lint-tip-msg';
    msg.textContent = message;
    box.append(msg);
  }
  return box;
}

function renderMessage(d: Diagnostic): Node {
  const box = document.createElement('div');
  box.className = 'lint-tip';
  const msg = document.createElement('p');
  msg.className = 'lint-tip-msg';
  msg.textContent = d.message;
  box.append(tipHead([d.category], d.step), msg);
  return box;
}

/**
 * The mark of a finding: its most severe category's line. Where findings overlap, CodeMirror gives
 * the shared words one element with both classes; the longer finding is then drawn as a border
 * below the text (`ob-outer-*`), so the shorter one's underline stays its own shape.
 */
export function markClass(finding: VerdictFinding): string {
  const category = finding.categories[0] ?? 'style';
  return finding.outer ? `ob-mark ob-outer ob-outer-${category}` : `ob-mark ob-mark-${category}`;
}

function toCm(
  findings: readonly VerdictFinding[],
  length: number,
  onIgnore: (finding: VerdictFinding) => void,
): CmDiagnostic[] {
  const out: CmDiagnostic[] = [];
  for (const finding of findings) {
    if (finding.fieldStart === null || finding.fieldEnd === null) continue;
    const from = Math.max(0, Math.min(finding.fieldStart, length));
    const to = Math.max(from, Math.min(finding.fieldEnd, length));
    out.push({
      from,
      to,
      severity: finding.severity,
      markClass: markClass(finding),
      source: finding.categories
        .map((c) => `${CATEGORY_LABEL[c] ?? c} (${CATEGORY_MARK[c] ?? 'underline'})`)
        .join(', '),
      message: finding.parts.map((p) => p.message).join(' '),
      renderMessage: () => renderFinding(finding),
      actions: [
        ...findingFixes(finding).map((fix) => ({
          name: fix.label,
          apply: (view: EditorView) =>
            view.dispatch({
              changes: {
                from: Math.min(fix.fieldStart, view.state.doc.length),
                to: Math.min(fix.fieldEnd, view.state.doc.length),
                insert: fix.replacement,
              },
              userEvent: 'input.fix',
            }),
        })),
        { name: 'Ignore', markClass: 'lint-ignore', apply: () => onIgnore(finding) },
      ],
    });
  }
  return out;
}

/** Spelling findings: quiet `info` marks whose buttons swap the word for a suggestion. */
function spellingToCm(
  found: readonly SpellingFinding[],
  length: number,
  onIgnore: (finding: SpellingFinding) => void,
): CmDiagnostic[] {
  const out: CmDiagnostic[] = [];
  for (const f of found) {
    const d = f.diagnostic;
    if (f.to > length || f.to <= f.from) continue;
    out.push({
      from: f.from,
      to: f.to,
      severity: 'info',
      markClass: 'ob-mark ob-mark-spelling',
      source: `${CATEGORY_LABEL.spelling ?? 'Spelling'} (${CATEGORY_MARK.spelling ?? 'underline'})`,
      message: d.message,
      renderMessage: () => renderMessage(d),
      actions: [
        ...d.suggestions.map((s) => ({
          name: s.replacement,
          apply: (view: EditorView, from: number, to: number) =>
            view.dispatch({ changes: { from, to, insert: s.replacement }, userEvent: 'input.fix' }),
        })),
        { name: 'Ignore', markClass: 'lint-ignore', apply: () => onIgnore(f) },
      ],
    });
  }
  return out;
}

/**
 * One long field of the template as a CodeMirror 6 prose editor. Every change is linted at once,
 * in the same turn as the keystroke, so the underlines never lag the words.
 */
export function ProseField({
  field,
  label,
  description,
  placeholder,
  initial,
  linter: desk,
  kind,
  onChange,
  onIgnore,
  onView,
}: Props) {
  const host = useRef<HTMLDivElement>(null);
  const callbacks = useRef({ onChange, onIgnore, onView });
  useEffect(() => {
    callbacks.current = { onChange, onIgnore, onView };
  });

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    // CodeMirror mounts its theme as a constructed style sheet only inside a shadow root; in the
    // document it would add a <style> element, which the strict CSP refuses.
    const shadow = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = [sheet()];
    const parent = document.createElement('div');
    parent.className = 'prose-root';
    shadow.replaceChildren(parent);
    let keyAt: number | undefined;
    const ignore = (finding: VerdictFinding) => callbacks.current.onIgnore(finding);
    const view: EditorView = new EditorView({
      parent,
      root: shadow,
      state: EditorState.create({
        doc: initial,
        extensions: [
          history(),
          keymap.of([...defaultKeymap, ...historyKeymap, ...lintKeymap]),
          EditorView.lineWrapping,
          linter(null),
          placeholder ? placeholderExt(placeholder) : [],
          EditorView.contentAttributes.of({
            'aria-label': label,
            'aria-multiline': 'true',
            ...(description ? { 'aria-description': description } : {}),
            // Spelling comes from the app's own offline dictionary (see spelling.ts), not the browser's.
            spellcheck: 'false',
            autocorrect: 'on',
            autocapitalize: 'sentences',
          }),
          EditorView.domEventHandlers({
            keydown: (event) => {
              keyAt = event.timeStamp;
              return false;
            },
          }),
        ],
      }),
      dispatchTransactions: (trs, v) => {
        const last = trs[trs.length - 1];
        if (!last || !trs.some((tr) => tr.docChanged)) {
          v.update(trs);
          return;
        }
        // Spelling findings move with the words first, so the underlines drawn with this edit sit right.
        for (const tr of trs) if (tr.docChanged) spelling.edited(tr.changes);
        const value = last.state.doc.toString();
        // The check runs before the edit reaches the DOM, and this editor's new underlines ride along in
        // the same update: one DOM write and one selection sync per key, not two.
        upcoming = last.state;
        try {
          desk.setField(field, value); // re-lints and tells every editor, this one through `upcoming`
        } finally {
          const diagnostics = withEdit;
          upcoming = null;
          withEdit = null;
          v.update(diagnostics ? [...trs, diagnostics] : trs);
        }
        if (keyAt !== undefined) {
          performance.measure(KEYSTROKE_MEASURE, { start: keyAt, end: performance.now() });
          keyAt = undefined;
        }
        typed();
        unreported = value;
        window.clearTimeout(settle);
        settle = window.setTimeout(() => startTransition(report), SETTLE_MS);
      },
    });
    /** While an edit is being checked: its new state, and the underlines to add to it. */
    let upcoming: EditorState | null = null;
    let withEdit: Transaction | null = null;
    let unreported: string | undefined;
    let settle: number | undefined;
    const report = () => {
      window.clearTimeout(settle);
      if (unreported === undefined) return;
      const value = unreported;
      unreported = undefined;
      callbacks.current.onChange(field, value);
    };
    const forget = addPendingEdits(report);
    view.contentDOM.addEventListener('blur', report);
    let shown = '';
    let mine: VerdictFinding[] = [];
    const show = () => {
      // Editors whose findings did not move are left alone: one keystroke redraws one editor.
      const ours = mine.map((f) => `${f.id}:${f.fieldStart}-${f.fieldEnd}`).join('|');
      const misspelt = spelling.findings.map((f) => `${f.from}-${f.to}:${f.word}`).join('|');
      const signature = `${ours}#${misspelt}`;
      if (signature === shown) return;
      shown = signature;
      const state = upcoming ?? view.state;
      const length = state.doc.length;
      const spec = setDiagnostics(state, [
        ...toCm(mine, length, ignore),
        ...spellingToCm(spelling.findings, length, ignoreSpelling),
      ]);
      if (upcoming) withEdit = upcoming.update(spec);
      else view.dispatch(spec);
    };
    const spelling: FieldSpelling = new FieldSpelling(
      (payload) => olive().lint.spelling(payload),
      () => view.state.doc.toString(),
      kind,
      show,
    );
    const ignoreSpelling = (finding: SpellingFinding) => {
      ignoreWord(finding.word);
      spelling.refilter();
      show();
    };
    const unsubscribe = desk.subscribe((check) => {
      mine = check.verdict.findings.filter((f) => f.field === field && f.scope === 'words');
      show();
    });
    spelling.schedule();
    callbacks.current.onView(field, view);
    return () => {
      report();
      forget();
      view.contentDOM.removeEventListener('blur', report);
      unsubscribe();
      spelling.dispose();
      callbacks.current.onView(field, null);
      view.destroy();
    };
    // The editor owns its text after creation; `initial` only seeds it (external edits go through the view).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [desk, field]);

  return <div className="prose" ref={host} data-field={field} />;
}
