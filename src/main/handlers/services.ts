import { join, resolve } from 'node:path';
import { z } from 'zod';
import type { Speller } from '../../core/lint/types';
import { loadEnglishSpeller } from '../../core/lint-node/speller';
import { findTemplate, loadTemplates, type TemplateSet } from '../../core/templates/load';
import type { TemplateMeta } from '../../core/templates/schema';
import { contactLogSchema, recentEntrySchema, settingsSchema, type ContactLog, type Settings } from '../../shared/ipc';
import { Autosaver, AUTOSAVE_DELAY_MS } from '../autosave/autosaver';
import { RecoveryFolder } from '../autosave/recovery';
import { PathGrants, type PathPurpose } from '../paths/grants';
import { exists } from '../../core/files/atomic';
import type { RevisionBook } from '../store/draft-file';
import { JsonStore } from '../store/json-store';
import { SerialQueues } from '../store/serial';
import type { HandlerContext } from './context';
import { defaultSettings } from './settings-defaults';

export const recentStoreSchema = z.object({ entries: z.array(recentEntrySchema.omit({ exists: true })) });
export type RecentStore = z.infer<typeof recentStoreSchema>;

/** State shared by the handlers of one app run: stores, grants, the autosaver, templates. */
export class Services {
  readonly grants = new PathGrants();
  /** The revision of each draft file as this app last read or wrote it, to notice changes by other programs. */
  readonly revisions: RevisionBook = new Map();
  private readonly fileQueues = new SerialQueues();
  readonly settings: JsonStore<Settings>;
  readonly contacts: JsonStore<ContactLog>;
  readonly recent: JsonStore<RecentStore>;
  readonly recovery: RecoveryFolder;
  readonly autosaver: Autosaver;
  private templateSet: Promise<TemplateSet> | undefined;
  private spellerLoad: Promise<Speller> | undefined;

  constructor(readonly ctx: HandlerContext) {
    const { userData, recovery } = ctx.paths;
    this.settings = new JsonStore(join(userData, 'settings.json'), settingsSchema, () => defaultSettings(ctx.locale));
    this.contacts = new JsonStore(join(userData, 'contact-log.json'), contactLogSchema, () => ({ entries: [] }));
    this.recent = new JsonStore(join(userData, 'recent.json'), recentStoreSchema, () => ({ entries: [] }));
    this.recovery = new RecoveryFolder(recovery);
    // The app's own folder for drafts; everything else needs the writer's choice in a dialog.
    this.grants.grantFolder(ctx.paths.documents);
    this.autosaver = new Autosaver(this.recovery, () => ctx.clock.now(), ctx.autosaveDelayMs ?? AUTOSAVE_DELAY_MS, (error) =>
      ctx.log?.('recovery write failed', error),
    );
  }

  now(): Date {
    return this.ctx.clock.now();
  }

  templates(): Promise<TemplateSet> {
    const userDir = join(this.ctx.paths.userData, 'templates');
    // The writer's own templates folder is optional: only read when it exists.
    this.templateSet ??= exists(userDir).then((found) => loadTemplates(this.ctx.paths.templates, found ? userDir : undefined));
    return this.templateSet;
  }

  /** The metadata of one template (fields, kind, channel), or `template/unknown`. */
  async templateMeta(id: string): Promise<TemplateMeta> {
    return findTemplate(await this.templates(), id).meta;
  }

  /**
   * The English dictionary, loaded on the first spelling request rather than at start (it takes
   * about a third of a second), then kept. A failed load is forgotten so the next request retries.
   */
  speller(): Promise<Speller> {
    this.spellerLoad ??= loadEnglishSpeller().catch((error: unknown) => {
      this.spellerLoad = undefined;
      throw error;
    });
    return this.spellerLoad;
  }

  /** Resolves a path the renderer named, or refuses it (see PathGrants: granted, right type, no link escape). */
  checkPath(path: string, purpose: PathPurpose): Promise<string> {
    return this.grants.check(path, purpose, !this.ctx.allowDirectPaths);
  }

  /**
   * Runs `work` after all earlier work on the same draft file (save, mark as mailed, rename,
   * delete), in the order the renderer asked; call it before any await (see SerialQueues).
   */
  inFileOrder<T>(path: string | null, work: () => Promise<T>): Promise<T> {
    return path === null ? work() : this.fileQueues.run(resolve(path), work);
  }

  /** Whether `path` may be used without asking the writer first. */
  isGranted(path: string): boolean {
    return this.ctx.allowDirectPaths === true || this.grants.has(path);
  }

  /** Startup notices: a store that had to fall back to its backup or to defaults. */
  async notices(): Promise<string[]> {
    await Promise.all([this.settings.get(), this.contacts.get(), this.recent.get()]);
    return [this.settings.notice, this.contacts.notice, this.recent.notice].filter((n): n is string => n !== undefined);
  }

  /** Everything pending (recovery copies, store writes) on disk; called before quitting. */
  async flush(): Promise<void> {
    await this.autosaver.flush();
    await Promise.all([this.settings.flush(), this.contacts.flush(), this.recent.flush()]);
  }
}
