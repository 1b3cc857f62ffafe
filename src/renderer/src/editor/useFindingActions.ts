/**
 * What the writer can do with a finding, from its underline's tooltip or the issues panel: show
 * it, apply a quick fix, ignore it, turn its check off, or bring a kept one back. Kept choices
 * live in the draft, so the verdict is the same after a save and reopen.
 */
import { useCallback, useMemo, useRef } from 'react';
import type { EditorView } from '@codemirror/view';
import type { Draft } from '../../../shared/ipc';
import { sameWords } from '../../../core/verdict/findings';
import { freshFinding } from './freshFinding';
import type { PlacedFix, VerdictFinding } from '../../../core/verdict/types';
import { bringBack, keepFinding, switchOff, withField } from '../document';
import type { DeskChecker } from './DeskChecker';
import type { FindingActions } from './IssuesPanel';

function nameChange(field: string, value: string): ((d: Draft) => Draft) | null {
  if (field === 'recipient.name') return (d) => ({ ...d, recipient: { ...d.recipient, name: value } });
  if (field === 'sender.name') return (d) => ({ ...d, sender: { ...d.sender, name: value } });
  if (field === 'partner.name') return (d) => ({ ...d, situation: { ...d.situation, partnerName: value } });
  return null;
}

export function useFindingActions(
  desk: DeskChecker,
  onChange: (change: (draft: Draft) => Draft) => void,
  fieldLabel: (field: string | null) => string,
): FindingActions & {
  onView: (field: string, view: EditorView | null) => void;
  setValue: (field: string, value: string) => void;
} {
  const views = useRef(new Map<string, EditorView>());

  const onView = useCallback((field: string, view: EditorView | null) => {
    if (view) views.current.set(field, view);
    else views.current.delete(field);
  }, []);

  /** Sets a field's value from outside its editor (short fields, names, fixes there). */
  const setValue = useCallback(
    (field: string, value: string) => {
      desk.setField(field, value);
      onChange(nameChange(field, value) ?? ((d) => withField(d, field, value)));
    },
    [desk, onChange],
  );

  // One object for the desk's life (everything it reads is stable), so the panels that take it skip unchanged renders.
  return useMemo(() => {
    const fresh = (seen: VerdictFinding): VerdictFinding | null =>
      freshFinding(desk.current?.verdict.findings ?? [], seen);

    const onShow = (seen: VerdictFinding) => {
      const finding = fresh(seen) ?? seen;
      if (finding.field === null) return;
      const view = views.current.get(finding.field);
      const whole = finding.fieldStart === null || finding.fieldEnd === null;
      if (view) {
        const end = view.state.doc.length;
        view.dispatch(
          whole
            ? { selection: { anchor: end }, scrollIntoView: true }
            : {
                selection: {
                  anchor: Math.min(finding.fieldStart ?? 0, end),
                  head: Math.min(finding.fieldEnd ?? 0, end),
                },
                scrollIntoView: true,
              },
        );
        view.focus();
        return;
      }
      const input = document.querySelector<HTMLInputElement>(`[data-field-input="${CSS.escape(finding.field)}"]`);
      input?.focus();
      if (!whole) input?.setSelectionRange(finding.fieldStart, finding.fieldEnd);
    };

    const onFix = (seen: VerdictFinding, fix: PlacedFix) => {
      const finding = fresh(seen);
      if (!finding || finding.field === null) return;
      const current =
        finding.parts.flatMap((p) => p.fixes).find((f) => f.label === fix.label && f.replacement === fix.replacement) ??
        fix;
      const view = views.current.get(finding.field);
      if (view) {
        view.dispatch({
          changes: { from: current.fieldStart, to: current.fieldEnd, insert: current.replacement },
          userEvent: 'input.fix',
        });
        view.focus();
        return;
      }
      const value = desk.value(finding.field);
      setValue(finding.field, value.slice(0, current.fieldStart) + current.replacement + value.slice(current.fieldEnd));
    };

    // The words as they are now: a finding shown a moment ago may since have grown ("Write back s…").
    const onIgnore = (seen: VerdictFinding) => {
      const finding = fresh(seen) ?? seen;
      onChange((d) =>
        finding.parts.reduce(
          (draft, part) => keepFinding(draft, { rule: part.rule, field: finding.field, text: part.text }),
          d,
        ),
      );
    };

    const onSwitchOff = (finding: VerdictFinding) =>
      onChange((d) => finding.parts.reduce((draft, part) => switchOff(draft, part.rule), d));

    const onBringBack = (finding: VerdictFinding) => {
      const texts = finding.parts.map((p) => p.text);
      onChange((d) =>
        bringBack(
          d,
          finding.parts.map((p) => p.rule),
          finding.field,
          (text) => texts.some((t) => sameWords(t, text)),
        ),
      );
    };

    return { fieldLabel, onShow, onFix, onIgnore, onSwitchOff, onBringBack, onView, setValue };
  }, [desk, onChange, fieldLabel, onView, setValue]);
}
