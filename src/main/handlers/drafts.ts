import { lstat, readdir } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { createDraft } from '../../core/draft/create';
import type { Draft } from '../../core/draft/schema';
import { OliveError } from '../../core/errors';
import { backupPath, damagedPrefix, errnoCode, exists, moveNoReplace, syncFolder } from '../../core/files/atomic';
import { loadDraft, saveDraft } from '../store/draft-file';
import { draftTitle, newDocId, safeFileName } from './names';
import type { Services } from './services';
import type { Handlers, ParsedPayload } from './types';

const withExtension = (path: string): string => (extname(path).toLowerCase() === '.olive' ? path : `${path}.olive`);

/** Puts (or moves) a draft at the top of the recent list. The list is data for the home screen, never a grant. */
export async function remember(services: Services, path: string, draft: Draft): Promise<void> {
  const entry = {
    path,
    title: draftTitle(draft),
    kind: draft.kind,
    recipient: draft.recipient.name,
    updatedAt: draft.updatedAt,
    ...(draft.mailedAt ? { mailedAt: draft.mailedAt } : {}),
    openedAt: services.now().toISOString(),
  };
  await services.recent.update((store) => ({
    entries: [entry, ...store.entries.filter((e) => e.path !== path)].slice(0, 30),
  }));
}

async function forget(services: Services, path: string): Promise<void> {
  await services.recent.update((store) => ({ entries: store.entries.filter((e) => e.path !== path) }));
}

/**
 * Saves `draft` at `path` (refusing, with `draft/changed-on-disk`, a file another program changed
 * since this app last read or wrote it, unless `overwrite`), and remembers the new revision.
 */
export function saveChecked(services: Services, path: string, draft: Draft, overwrite: boolean) {
  return saveDraft(path, draft, { now: () => services.now(), revisions: services.revisions, overwrite });
}

/** Saves, remembers, and drops the recovery copy the save made obsolete. */
async function saveTo(services: Services, docId: string, path: string, draft: Draft, overwrite: boolean) {
  const saved: Draft = { ...draft, updatedAt: services.now().toISOString() };
  await saveChecked(services, path, saved, overwrite);
  await services.autosaver.cancel(docId);
  await services.recovery.remove(docId);
  await remember(services, path, saved);
  return { status: 'saved' as const, path, draft: saved };
}

/** The `.bak` and `.damaged-…` files that belong to the draft at `path`. */
async function companions(path: string): Promise<string[]> {
  const prefix = damagedPrefix(path);
  const names = await readdir(dirname(path)).catch(() => [] as string[]);
  const found = names.filter((n) => n.startsWith(prefix)).map((n) => join(dirname(path), n));
  if (await exists(backupPath(path))) found.unshift(backupPath(path));
  return found;
}

const renamedCompanion = (companion: string, from: string, to: string): string =>
  join(dirname(to), basename(to) + basename(companion).slice(basename(from).length));

export function draftHandlers(services: Services): Pick<Handlers, 'drafts' | 'recent'> {
  const { ctx } = services;
  /**
   * Saves to a path the renderer named. A path the writer never chose here (a restored recovery
   * copy's file outside the Olive Branch folder) is confirmed in the Save dialog first.
   */
  async function save(payload: ParsedPayload<'drafts', 'save'>) {
    let path = payload.path;
    if (!services.isGranted(path)) {
      const picked = await ctx.dialogs.saveDraft(path);
      if (picked === null)
        throw new OliveError('path/not-allowed', 'the draft was not saved: its place was not confirmed', path);
      path = withExtension(picked);
      services.grants.grant(path);
    }
    path = await services.checkPath(path, 'draft');
    return saveTo(services, payload.docId, path, payload.draft, payload.overwrite === true);
  }

  return {
    drafts: {
      async create(payload) {
        const meta = await services.templateMeta(payload.templateId);
        const settings = await services.settings.get();
        const fields: Record<string, string> = {};
        for (const field of meta.fields) fields[field.id] = payload.fields?.[field.id] ?? field.default;
        const draft = createDraft({
          kind: meta.kind,
          templateId: meta.id,
          recipientName: payload.recipientName,
          ...(payload.pronouns ? { pronouns: payload.pronouns } : {}),
          senderName: payload.senderName ?? settings.senderName,
          intent: payload.intent ?? meta.intent,
          ...(payload.situation ? { situation: payload.situation } : {}),
          fields,
          paper: settings.paper,
          now: services.now(),
        });
        draft.layout.foldGuides = settings.foldGuides;
        return { docId: newDocId(), draft };
      },

      async open(payload) {
        let chosen = payload.path;
        if (chosen !== undefined && !services.isGranted(chosen)) {
          // A path from the recent list or a recovery copy is data: the writer confirms it in the
          // Open dialog, which starts in its folder, before the app reads it.
          if (!(await exists(chosen))) throw new OliveError('io/missing', 'this file is no longer there', chosen);
          chosen = undefined;
        }
        if (chosen === undefined) {
          const picked = await ctx.dialogs.openDraft(
            payload.path !== undefined ? dirname(payload.path) : ctx.paths.documents,
          );
          if (picked === null) return { status: 'canceled' };
          services.grants.grant(picked);
          chosen = picked;
        }
        const path = await services.checkPath(chosen, 'draft');
        const loaded = await loadDraft(path);
        if (loaded.revision !== undefined) services.revisions.set(path, loaded.revision);
        await remember(services, path, loaded.value);
        return {
          status: 'opened',
          docId: newDocId(),
          path,
          draft: loaded.value,
          ...(loaded.notice ? { notice: loaded.notice } : {}),
        };
      },

      save(payload) {
        // In line before any await: a later save of this file never overtakes an earlier one.
        return services.inFileOrder(payload.path, () => save(payload));
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
        path = await services.checkPath(path, 'draft');
        // The writer chose this place in the dialog (which asked before replacing a file).
        return saveTo(services, payload.docId, path, payload.draft, true);
      },

      rename: (payload) =>
        services.inFileOrder(payload.path, async () => {
          const from = await services.checkPath(payload.path, 'draft');
          const to = join(dirname(from), withExtension(payload.newName));
          if (to === from) return { path: from };
          if (!(await exists(from))) throw new OliveError('io/missing', 'this file is no longer there', from);
          // The backup and any damaged copies move with their draft; nothing already there is replaced.
          const moves = [
            [from, to],
            ...(await companions(from)).map((c) => [c, renamedCompanion(c, from, to)]),
          ] as const;
          for (const [, target] of moves) {
            if (await exists(target))
              throw new OliveError(
                'path/exists',
                `a file named "${basename(target)}" is already in that folder`,
                target,
              );
          }
          for (const [source, target] of moves) {
            try {
              await moveNoReplace(source, target);
            } catch (error) {
              if (errnoCode(error) === 'EEXIST')
                throw new OliveError(
                  'path/exists',
                  `a file named "${basename(target)}" is already in that folder`,
                  target,
                );
              throw error;
            }
          }
          await syncFolder(dirname(to));
          services.grants.grant(to);
          services.grants.revoke(from);
          const revision = services.revisions.get(from);
          services.revisions.delete(from);
          if (revision !== undefined) services.revisions.set(to, revision);
          await services.recent.update((s) => ({
            entries: s.entries.map((e) => (e.path === from ? { ...e, path: to } : e)),
          }));
          return { path: to };
        }),

      delete: (payload) =>
        services.inFileOrder(payload.path, async () => {
          const path = await services.checkPath(payload.path, 'draft');
          try {
            await lstat(path);
          } catch {
            throw new OliveError('io/missing', 'this file is no longer there', path);
          }
          const others = await companions(path);
          await ctx.trash(path);
          // The backup and damaged copies go to the trash with it (restorable together from there).
          for (const companion of others) {
            await ctx
              .trash(companion)
              .catch((error: unknown) => ctx.log?.(`could not move ${companion} to the trash`, error));
          }
          if (payload.docId) {
            await services.autosaver.cancel(payload.docId);
            await services.recovery.remove(payload.docId);
          }
          await forget(services, path);
          services.grants.revoke(path);
          services.revisions.delete(path);
          return null;
        }),
    },

    recent: {
      async list() {
        const store = await services.recent.get();
        const entries = await Promise.all(
          store.entries.map(async (entry) => ({ ...entry, exists: await exists(entry.path).catch(() => false) })),
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
