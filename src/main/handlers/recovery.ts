import { serializeDraft } from '../../core/draft/parse';
import { OliveError } from '../../core/errors';
import { draftTitle, newDocId } from './names';
import type { Services } from './services';
import type { Handlers } from './types';

export function recoveryHandlers(services: Services): Pick<Handlers, 'recovery'> {
  return {
    recovery: {
      async autosave(payload) {
        // The path is kept as data with the copy (never a grant); the size rule is the one saving applies.
        serializeDraft(payload.draft); // throws draft/too-large: the limit saving and loading apply
        return { withinMs: services.autosaver.change(payload.docId, payload.path, payload.draft) };
      },
      async list() {
        const records = await services.recovery.list();
        return {
          entries: records.map((r) => ({
            docId: r.docId,
            path: r.path,
            savedAt: r.savedAt,
            title: draftTitle(r.draft),
            draft: r.draft,
          })),
        };
      },
      async restore(payload) {
        const record = await services.recovery.read(payload.docId);
        if (!record) throw new OliveError('recovery/unknown', 'this recovered draft is no longer available');
        // The restored text lives on under a new id; the old copy stays until the writer saves or
        // discards, so a second crash before that loses nothing.
        const docId = newDocId();
        services.autosaver.change(docId, record.path, record.draft);
        await services.autosaver.cancel(payload.docId);
        await services.autosaver.flush();
        await services.recovery.remove(payload.docId);
        return { docId, path: record.path, draft: record.draft };
      },
      async discard(payload) {
        await services.autosaver.cancel(payload.docId);
        await services.recovery.remove(payload.docId);
        return null;
      },
    },
  };
}
