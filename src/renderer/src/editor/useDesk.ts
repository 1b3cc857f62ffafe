/**
 * The desk's checker for one draft and template: fed by main's renders and by every keystroke,
 * it gives the live verdict (the panels follow it once typing pauses; the underlines never wait).
 */
import { startTransition, useEffect, useState } from 'react';
import type { Draft, TemplateInfo } from '../../../shared/ipc';
import { draftValues, pieceFields } from '../../../core/verdict/draft';
import { olive, unwrap } from '../api';
import type { DeskCheck, DeskContext } from './deskCheck';
import { DeskChecker } from './DeskChecker';
import { SETTLE_MS } from './ProseField';

/** Main renders the piece again this long after the last change; the live check never waits for it. */
const RENDER_DEBOUNCE_MS = 80;

function contextOf(draft: Draft, template: TemplateInfo, printProblem: string | null): DeskContext {
  return {
    fields: pieceFields(template.fields),
    kept: draft.kept ?? { ignored: [], off: [] },
    heard: draft.situation.heard,
    unanswered: draft.situation.unanswered,
    partnerName: draft.situation.partnerName,
    printProblem,
  };
}

export function useDesk(
  draft: Draft,
  template: TemplateInfo,
  printProblem: string | null,
  onError: (error: unknown) => void,
): { desk: DeskChecker; check: DeskCheck | null } {
  // One checker per open draft and template (the editor is keyed by both); it outlives keystrokes.
  const [desk] = useState(
    () => new DeskChecker(draftValues(draft, template.fields), contextOf(draft, template, printProblem)),
  );
  const [check, setCheck] = useState<DeskCheck | null>(null);

  // The linter (with its language model) loads apart, so the desk paints first.
  useEffect(() => {
    let live = true;
    import('./deskCheck').then((module) => live && desk.setCheck(module.checkDesk)).catch(onError);
    return () => {
      live = false;
    };
  }, [desk, onError]);

  useEffect(() => {
    let timer: number | undefined;
    const off = desk.subscribe((next, cause) => {
      window.clearTimeout(timer);
      // A choice (ignore, turn off) shows at once, before the next click: waiting would move the
      // list under a pointer already on its way to the next button, and that click would be lost.
      if (cause === 'choice') setCheck(next);
      else timer = window.setTimeout(() => startTransition(() => setCheck(next)), SETTLE_MS);
    });
    return () => {
      off();
      window.clearTimeout(timer);
    };
  }, [desk]);

  const { kept, situation } = draft;
  useEffect(() => {
    desk.setContext(contextOf({ ...draft, kept, situation }, template, printProblem));
    // Only what the context reads; the words reach the checker through setField and renders.
  }, [desk, template, kept, situation, printProblem]); // eslint-disable-line react-hooks/exhaustive-deps

  // Main's render of the current draft becomes the checker's base a moment after each change.
  useEffect(() => {
    let live = true;
    const timer = window.setTimeout(
      () => {
        const values = draftValues(draft, template.fields);
        unwrap(olive().templates.render({ draft }))
          .then((rendered) => live && desk.setBase({ doc: rendered, values }))
          .catch((error: unknown) => live && onError(error));
      },
      desk.current ? RENDER_DEBOUNCE_MS : 0,
    );
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [desk, template, draft, onError]);

  return { desk, check };
}
