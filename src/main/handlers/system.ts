import type { Services } from './services';
import type { Handlers } from './types';

export function systemHandlers(services: Services): Pick<Handlers, 'shell' | 'app' | 'window'> {
  const { ctx } = services;
  return {
    shell: {
      async reveal(payload) {
        // Only a path the writer chose or main wrote: never arbitrary input to the OS shell.
        ctx.reveal(await services.checkPath(payload.path, 'draft-or-pdf'));
        return null;
      },
    },
    app: {
      async info() {
        return {
          ...ctx.app,
          locale: ctx.locale,
          documentsFolder: ctx.paths.documents,
          notices: await services.notices(),
        };
      },
    },
    window: {
      async setDocumentState(payload) {
        ctx.window.setDocumentState(payload);
        return null;
      },
      async confirmClose() {
        await services.flush();
        ctx.window.confirmClose();
        return null;
      },
      async takeOpenRequests() {
        const paths = ctx.window.takeOpenRequests();
        // The OS named these files on the writer's behalf: the renderer may open them.
        for (const path of paths) services.grants.grant(path);
        return { paths };
      },
    },
  };
}
