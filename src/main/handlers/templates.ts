import type { Draft } from '../../core/draft/schema';
import { draftInput, renderTemplate } from '../../core/templates/render';
import { findTemplate } from '../../core/templates/load';
import type { RenderedDocument } from '../../core/templates/types';
import type { Services } from './services';
import type { Handlers } from './types';

/** Handlebars runs here in main, never in the renderer (its compiler uses `new Function`). */
export async function renderDraft(services: Services, draft: Draft): Promise<RenderedDocument> {
  return renderTemplate(findTemplate(await services.templates(), draft.templateId), draftInput(draft));
}

export function templateHandlers(services: Services): Pick<Handlers, 'templates'> {
  return {
    templates: {
      async list() {
        const set = await services.templates();
        return { templates: set.templates.map((t) => ({ ...t.meta, origin: t.origin })), errors: set.errors };
      },
      render: (payload) => renderDraft(services, payload.draft),
    },
  };
}
