/**
 * The verdict on the draft as saved in memory, outside the desk: main renders it, the core judges
 * it. The same function the desk runs on every keystroke, on the same words, so the last step
 * says exactly what the checklist said.
 */
import { useEffect, useState } from 'react';
import type { Draft, TemplateInfo } from '../../../shared/ipc';
import { draftPiece } from '../../../core/verdict/draft';
import type { Verdict } from '../../../core/verdict/types';
import { olive, unwrap } from '../api';

export function usePieceVerdict(
  draft: Draft,
  printProblem: string | null,
  onError: (error: unknown) => void,
): Verdict | null {
  const [template, setTemplate] = useState<TemplateInfo | null>(null);
  const [verdict, setVerdict] = useState<Verdict | null>(null);

  useEffect(() => {
    let live = true;
    unwrap(olive().templates.list())
      .then((list) => live && setTemplate(list.templates.find((t) => t.id === draft.templateId) ?? null))
      .catch(onError);
    return () => {
      live = false;
    };
  }, [draft.templateId, onError]);

  useEffect(() => {
    if (!template) return;
    let live = true;
    // The linter loads apart from the screen, so the last step paints before its verdict.
    Promise.all([unwrap(olive().templates.render({ draft })), import('../../../core/verdict')])
      .then(
        ([doc, { verdictForPiece }]) =>
          live && setVerdict(verdictForPiece(draftPiece(draft, template.fields, doc, printProblem))),
      )
      .catch(onError);
    return () => {
      live = false;
    };
  }, [draft, template, printProblem, onError]);

  return verdict;
}
