import { LINT_CATEGORIES } from '../../core/lint/types';
import type { Services } from './services';
import type { Handlers } from './types';

/**
 * Every category but spelling: the renderer runs the rest of the linter itself on every keystroke,
 * so main only adds what needs the dictionary. The core's own rule decides what counts as a word
 * (names, text-speak, numbers and stretched letters are skipped exactly as in `olive lint`).
 */
const NOT_SPELLING = LINT_CATEGORIES.filter((category) => category !== 'spelling');

export function lintHandlers(services: Services): Pick<Handlers, 'lint'> {
  return {
    lint: {
      async spelling(payload) {
        // The linter (with its language model, some megabytes) loads on the first request, not with main.
        const [{ lint }, speller] = await Promise.all([import('../../core/lint/lint'), services.speller()]);
        const result = lint(payload.text, {
          speller,
          disabledRules: [...NOT_SPELLING],
          ...(payload.kind ? { kind: payload.kind } : {}),
        });
        return { diagnostics: result.diagnostics.filter((d) => d.category === 'spelling') };
      },
    },
  };
}
