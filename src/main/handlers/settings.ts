import type { Services } from './services';
import type { Handlers } from './types';

export function settingsHandlers(services: Services): Pick<Handlers, 'settings'> {
  return {
    settings: {
      get: () => services.settings.get(),
      set: (patch) => services.settings.update((current) => ({ ...current, ...patch })),
    },
  };
}
