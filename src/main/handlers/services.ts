import { join, resolve } from 'node:path';
import { z } from 'zod';
import { OliveError } from '../../core/errors';
import type { Speller } from '../../core/lint/types';
import { loadEnglishSpeller } from '../../core/lint-node/speller';
import { loadTemplates, type TemplateSet } from '../../core/templates/load';
import { contactLogSchema, recentEntrySchema, settingsSchema, type ContactLog, type Settings } from '../../shared/ipc';
import { Autosaver, AUTOSAVE_DELAY_MS } from '../autosave/autosaver';
import { RecoveryFolder } from '../autosave/recovery';
import { PathGrants } from '../paths/grants';
import { exists } from '../store/atomic';
import { JsonStore } from '../store/json-store';
import type { HandlerContext } from './context';
import { defaultSettings } from './settings-defaults';

export const recentStoreSchema = z.object({ entries: z.array(recentEntrySchema.omit({ exists: true })) });
export type RecentStore = z.infer<typeof recentStoreSchema>;

export type PathPurpose = 'draft' | 'pdf' | 'any';

/** State shared by the handlers of one app run: stores, grants, the autosaver, templates. */
export class Services {
  readonly grants = new PathGrants();
  readonly settings: JsonStore<Settings>;
  readonly contacts: JsonStore<ContactLog>;
  readonly recent: JsonStore<RecentStore>;
  readonly recovery: RecoveryFolder;
  readonly autosaver: Autosaver;
  private templateSet: Promise<TemplateSet> | undefined;
  private spellerLoad: Promise<Speller> | undefined;
  private recentGranted: Promise<void> | undefined;

  constructor(readonly ctx: HandlerContext) {
    const { userData, recovery } = ctx.paths;
    this.settings = new JsonStore(join(userData, 'settings.json'), settingsSchema, () => defaultSettings(ctx.locale));
    this.contacts = new JsonStore(join(userData, 'contact-log.json'), contactLogSchema, () => ({ entries: [] }));
    this.recent = new JsonStore(join(userData, 'recent.json'), recentStoreSchema, () => ({ entries: [] }));
    this.recovery = new RecoveryFolder(recovery);
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

  /** Paths in the recent list stay usable across runs. */
  private async grantRecent(): Promise<void> {
    this.recentGranted ??= this.recent.get().then((store) => store.entries.forEach((e) => this.grants.grant(e.path)));
    await this.recentGranted;
  }

  /** Refuses a path the writer never chose (see PathGrants), or with the wrong extension. */
  async checkPath(path: string, purpose: PathPurpose): Promise<string> {
    const full = resolve(path);
    if (purpose === 'pdf' && !full.toLowerCase().endsWith('.pdf')) {
      throw new OliveError('path/not-allowed', 'a PDF must be saved with the .pdf extension', path);
    }
    if (purpose === 'draft' && !full.toLowerCase().endsWith('.olive')) {
      throw new OliveError('path/not-allowed', 'a draft is saved with the .olive extension', path);
    }
    if (this.ctx.allowDirectPaths) return full;
    await this.grantRecent();
    if (!this.grants.has(full)) {
      throw new OliveError('path/not-allowed', 'this file was not chosen in a dialog or opened in this app', path);
    }
    return full;
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
