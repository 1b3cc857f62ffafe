import { stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { createDraft } from '../../core/draft/create';
import type { Draft } from '../../core/draft/schema';
import { OliveError } from '../../core/errors';
import { findTemplate } from '../../core/templates/load';
import { exists, renameWithRetry, syncFolder } from '../store/atomic';
import { loadDraft, saveDraft } from '../store/draft-file';
import { draftTitle, newDocId, safeFileName } from './names';
import type { Services } from './services';
import type { Handlers } from './types';

const withExtension = (path: string): string => (extname(path).toLowerCase() === '.olive' ? path : `${path}.olive`);

/** Puts (or moves) a draft at the top of the recent list. */
export async function remember(services: Services, path: string, draft: Draft): Promise<void> {
  services.grants.grant(path);
  const entry = {
    path,
    title: draftTitle(draft),
    kind: draft.kind,
    recipient: draft.recipient.name,
    updatedAt: draft.updatedAt,
    ...(draft.mailedAt ? { mailedAt: draft.mailedAt } : {}),
    openedAt: services.now().toISOString(),
  };
  await services.recent.update((store) => ({ entries: [entry, ...store.entries.filter((e) => e.path !== path)].slice(0, 30) }));
}

async function forget(services: Services, path: string): Promise<void> {
  await services.recent.update((store) => ({ entries: store.entries.filter((e) => e.path !== path) }));
}

/** Saves, remembers, and drops the recovery copy the save made obsolete. */
async function saveTo(services: Services, docId: string, path: string, draft: Draft) {
  const saved: Draft = { ...draft, updatedAt: services.now().toISOString() };
  await services.autosaver.cancel(docId);
  await saveDraft(path, saved, () => services.now());
  await services.recovery.remove(docId);
  await remember(services, path, saved);
  return { status: 'saved' as const, path, draft: saved };
}

export function draftHandlers(services: Services): Pick<Handlers, 'drafts' | 'recent'> {
  const { ctx } = services;
  return {
    drafts: {
      async create(payload) {
        const template = findTemplate(await services.templates(), payload.templateId);
        const settings = await services.settings.get();
        const fields: Record<string, string> = {};
        for (const field of template.meta.fields) fields[field.id] = payload.fields?.[field.id] ?? field.default;
        const draft = createDraft({
          kind: template.meta.kind,
          templateId: template.meta.id,
          recipientName: payload.recipientName,
          ...(payload.pronouns ? { pronouns: payload.pronouns } : {}),
          senderName: payload.senderName ?? settings.senderName,
          intent: payload.intent ?? template.meta.intent,
          ...(payload.situation ? { situation: payload.situation } : {}),
          fields,
          paper: settings.paper,
          now: services.now(),
        });
        draft.layout.foldGuides = settings.foldGuides;
        return { docId: newDocId(), draft };
      },

      async open(payload) {
        let path: string;
        if (payload.path === undefined) {
          const chosen = await ctx.dialogs.openDraft(ctx.paths.documents);
          if (chosen === null) return { status: 'canceled' };
          services.grants.grant(chosen);
          path = chosen;
        } else {
          path = await services.checkPath(payload.path, 'any');
        }
        const loaded = await loadDraft(path);
        await remember(services, path, loaded.value);
        return {
          status: 'opened',
          docId: newDocId(),
          path,
          draft: loaded.value,
          ...(loaded.notice ? { notice: loaded.notice } : {}),
        };
      },

      async save(payload) {
        const path = await services.checkPath(payload.path, 'draft');
        return saveTo(services, payload.docId, path, payload.draft);
      },

      async saveAs(payload) {
        let path: string;
        if (payload.path !== undefined && ctx.allowDirectPaths) {
          path = withExtension(payload.path);
        } else {
          const suggested = join(ctx.paths.documents, `${safeFileName(draftTitle(payload.draft))}.olive`);
          const chosen = await ctx.dialogs.saveDraft(suggested);
          if (chosen === null) return { status: 'canceled' };
          path = withExtension(chosen);
          services.grants.grant(path);
        }
        return saveTo(services, payload.docId, path, payload.draft);
      },

      async rename(payload) {
        const from = await services.checkPath(payload.path, 'any');
        const to = join(dirname(from), withExtension(payload.newName));
        if (to === from) return { path: from };
        if (await exists(to)) throw new OliveError('path/exists', `a file named "${basename(to)}" is already in that folder`, to);
        await renameWithRetry(from, to);
        // The backup follows its draft, so a later damaged load still finds it.
        if (await exists(`${from}.bak`)) await renameWithRetry(`${from}.bak`, `${to}.bak`).catch(() => undefined);
        await syncFolder(dirname(to));
        services.grants.grant(to);
        services.grants.revoke(from);
        await services.recent.update((s) => ({
          entries: s.entries.map((e) => (e.path === from ? { ...e, path: to } : e)),
        }));
        return { path: to };
      },

      async delete(payload) {
        const path = await services.checkPath(payload.path, 'any');
        try {
          await stat(path);
        } catch {
          throw new OliveError('io/missing', 'this file is no longer there', path);
        }
        await ctx.trash(path);
        if (payload.docId) {
          await services.autosaver.cancel(payload.docId);
          await services.recovery.remove(payload.docId);
        }
        await forget(services, path);
        services.grants.revoke(path);
        return null;
      },
    },

    recent: {
      async list() {
        const store = await services.recent.get();
        const entries = await Promise.all(
          store.entries.map(async (entry) => {
            services.grants.grant(entry.path);
            return { ...entry, exists: await exists(entry.path).catch(() => false) };
          }),
        );
        return { entries };
      },
      async forget(payload) {
        await forget(services, payload.path);
        return draftHandlers(services).recent.list(undefined);
      },
    },
  };
}
