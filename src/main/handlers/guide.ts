import { recommend } from '../../core/guide';
import type { Services } from './services';
import type { Handlers } from './types';

export function guideHandlers(services: Services): Pick<Handlers, 'guide'> {
  return {
    guide: {
      async recommend(payload) {
        return recommend({
          unanswered: payload.unanswered,
          heard: payload.heard,
          want: payload.want,
          ...(payload.mailed
            ? {
                mailed: {
                  date: new Date(payload.mailed.date),
                  ...(payload.mailed.kind ? { kind: payload.mailed.kind } : {}),
                },
              }
            : {}),
          ...(payload.pronouns ? { pronouns: payload.pronouns } : {}),
          ...(payload.reachedOut ? { reachedOut: new Date(payload.reachedOut) } : {}),
          now: services.now(),
        });
      },
    },
  };
}
