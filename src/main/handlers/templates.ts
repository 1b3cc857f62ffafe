import type { Services } from './services';
import type { Handlers } from './types';

/** Handlebars runs in the untrusted-work worker, never in main's own thread nor in the renderer. */
export function templateHandlers(services: Services): Pick<Handlers, 'templates'> {
  return {
    templates: {
      list: () => services.templates(),
      render: (payload) => services.render(payload.draft),
    },
  };
}
