/**
 * The very PDF that Export writes, fetched from main a short pause after each change of the
 * draft. A piece too long for its layout keeps the last PDF that fit, with the reason beside it.
 */
import { useEffect, useState } from 'react';
import type { Draft } from '../../../shared/ipc';
import type { Layout } from '../../../core/types';
import { ApiError, describeError, olive, unwrap } from '../api';
import { onTyping } from '../editor/pending';

/**
 * Wait this long after the draft changes (which itself follows the last key by SETTLE_MS), so the
 * whole refresh, PDF and drawing included, lands within 300 ms of a pause.
 */
export const PREVIEW_DEBOUNCE_MS = 60;

export type PreviewState =
  | { status: 'loading'; bytes: Uint8Array | null }
  | { status: 'ready'; bytes: Uint8Array; pages: number; warnings: string[] }
  /** The layout refused the piece (too long): `bytes` is the last version that fit, if any. */
  | { status: 'too-long'; bytes: Uint8Array | null; problem: string }
  | { status: 'error'; bytes: null; message: string };

/** The sentence for a piece that does not fit, as the writer reads it. */
function tooLong(error: unknown): string | null {
  return error instanceof ApiError && error.code === 'pdf/too-long' ? describeError(error) : null;
}

export function usePreviewPdf(draft: Draft, layout: Layout | undefined): PreviewState {
  const [state, setState] = useState<PreviewState>({ status: 'loading', bytes: null });

  useEffect(() => {
    let cancelled = false;
    const timer = window.setTimeout(() => {
      unwrap(olive().pdf.preview(layout ? { draft, layout } : { draft }))
        .then((preview) => {
          if (!cancelled)
            setState({ status: 'ready', bytes: preview.bytes, pages: preview.pages, warnings: preview.warnings });
        })
        .catch((error: unknown) => {
          if (cancelled) return;
          const problem = tooLong(error);
          setState((last) =>
            problem
              ? { status: 'too-long', bytes: last.bytes, problem }
              : { status: 'error', bytes: null, message: describeError(error) },
          );
        });
    }, PREVIEW_DEBOUNCE_MS);
    // A key while waiting: drop this round (the pause after it brings a fresh one).
    const offTyping = onTyping(() => {
      window.clearTimeout(timer);
      cancelled = true;
    });
    return () => {
      offTyping();
      window.clearTimeout(timer);
      cancelled = true;
    };
  }, [draft, layout]);

  return state;
}
