import { randomUUID } from 'node:crypto';
import type { ContactEntry } from '../../shared/ipc';
import { remember, saveChecked } from './drafts';
import type { Services } from './services';
import type { Handlers } from './types';

export function contactHandlers(services: Services): Pick<Handlers, 'contacts'> {
  const append = (entry: ContactEntry) => services.contacts.update((log) => ({ entries: [...log.entries, entry] }));
  return {
    contacts: {
      get: () => services.contacts.get(),

      append(payload) {
        const { at, answered, ...rest } = payload;
        return append({
          ...rest,
          id: randomUUID(),
          at: at ?? services.now().toISOString(),
          answered: answered ?? false,
        });
      },

      markMailed: (payload) =>
        services.inFileOrder(payload.path, async () => {
          const mailedAt = payload.mailedAt ?? services.now().toISOString();
          let draft = { ...payload.draft, mailedAt };
          let path: string | null = null;
          if (payload.path !== null) {
            path = await services.checkPath(payload.path, 'draft');
            draft = { ...draft, updatedAt: services.now().toISOString() };
            await saveChecked(services, path, draft, payload.overwrite === true);
            if (payload.docId) {
              await services.autosaver.cancel(payload.docId);
              await services.recovery.remove(payload.docId);
            }
            await remember(services, path, draft);
          }
          let channel: ContactEntry['channel'] = 'post';
          try {
            channel = (await services.templateMeta(draft.templateId)).channel;
          } catch {
            // A draft from a template that is gone: it was still posted.
          }
          const entry: ContactEntry = {
            id: randomUUID(),
            at: mailedAt,
            recipient: draft.recipient.name,
            channel,
            direction: 'sent',
            answered: false,
            kind: draft.kind,
            templateId: draft.templateId,
            ...(path !== null ? { path } : {}),
          };
          await append(entry);
          return { draft, entry, path };
        }),
    },
  };
}
