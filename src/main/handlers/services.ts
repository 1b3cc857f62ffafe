import { join, resolve } from 'node:path';
import { z } from 'zod';
import type { Speller } from '../../core/lint/types';
import { loadEnglishSpeller } from '../../core/lint-node/speller';
import type { Draft } from '../../core/draft/schema';
import { OliveError } from '../../core/errors';
import type { PdfResult } from '../../core/pdf/types';
import type { TemplateMeta } from '../../core/templates/schema';
import type { RenderedDocument } from '../../core/templates/types';
import { contactLogSchema, recentEntrySchema, settingsSchema, type ContactLog, type Settings } from '../../shared/ipc';
import { Autosaver, AUTOSAVE_DELAY_MS } from '../autosave/autosaver';
import { RecoveryFolder } from '../autosave/recovery';
import { PathGrants, type PathPurpose } from '../paths/grants';
import type { RevisionBook } from '../store/draft-file';
import { JsonStore } from '../store/json-store';
import { SerialQueues } from '../store/serial';
import type { PdfJob, TemplateList, WorkPaths } from '../workers/jobs';
import { untrustedWork, type UntrustedWork } from '../workers/pool';
import type { HandlerContext } from './context';
import { defaultSettings } from './settings-defaults';

export const recentStoreSchema = z.object({ entries: z.array(recentEntrySchema.omit({ exists: true })).max(100) });
export type RecentStore = z.infer<typeof recentStoreSchema>;

/** State shared by the handlers of one app run: stores, grants, the autosaver, the untrusted-work worker. */
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
  private templateList: Promise<TemplateList> | undefined;
  private readonly work: UntrustedWork;
  private readonly workPaths: WorkPaths;
  private spellerLoad: Promise<Speller> | undefined;

  constructor(readonly ctx: HandlerContext) {
    const { userData, recovery } = ctx.paths;
    this.settings = new JsonStore(join(userData, 'settings.json'), settingsSchema, () => defaultSettings(ctx.locale));
    this.contacts = new JsonStore(join(userData, 'contact-log.json'), contactLogSchema, () => ({ entries: [] }));
    this.recent = new JsonStore(join(userData, 'recent.json'), recentStoreSchema, () => ({ entries: [] }));
    this.recovery = new RecoveryFolder(recovery);
    this.work = ctx.untrustedWork ?? untrustedWork();
    this.workPaths = {
      templates: ctx.paths.templates,
      userTemplates: join(userData, 'templates'),
      fonts: ctx.paths.fonts,
    };
    // The app's own folder for drafts; everything else needs the writer's choice in a dialog.
    this.grants.grantFolder(ctx.paths.documents);
    this.autosaver = new Autosaver(
      this.recovery,
      () => ctx.clock.now(),
      ctx.autosaveDelayMs ?? AUTOSAVE_DELAY_MS,
      (error) => ctx.log?.('recovery write failed', error),
    );
  }

  now(): Date {
    return this.ctx.clock.now();
  }

  /**
   * Bundled and user templates (compiled in the worker; the user's folder is optional), loaded
   * once per run. A failed load is forgotten so the next request retries.
   */
  templates(): Promise<TemplateList> {
    this.templateList ??= this.work.run('templates', this.workPaths, undefined).catch((error: unknown) => {
      this.templateList = undefined;
      throw error;
    });
    return this.templateList;
  }

  /** The metadata of one template (fields, kind, channel), or `template/unknown`. */
  async templateMeta(id: string): Promise<TemplateMeta> {
    const { templates } = await this.templates();
    const found = templates.find((t) => t.id === id);
    if (!found)
      throw new OliveError(
        'template/unknown',
        `no template with id "${id}" (known: ${templates.map((t) => t.id).join(', ')})`,
      );
    return found;
  }

  /** Draft -> RenderedDocument, in the worker. */
  render(draft: Draft): Promise<RenderedDocument> {
    return this.work.run('render', this.workPaths, draft);
  }

  /** Draft -> PDF bytes, in the worker: one path for preview, export and print. */
  pdf(job: Omit<PdfJob, 'creationDate'>): Promise<PdfResult> {
    return this.work.run('pdf', this.workPaths, { ...job, creationDate: this.ctx.pdfCreationDate });
  }

  /** Starts the worker and has it parse the fonts and compile the templates while the window paints. */
  warmUp(): Promise<void> {
    return this.work.run('warmUp', this.workPaths, undefined);
  }

  /**
   * The English dictionary, loaded on the first spelling request rather than at start (it takes
   * about a third of a second), then kept. A failed load is forgotten so the next request retries.
   */
  speller(): Promise<Speller> {
    this.spellerLoad ??= loadEnglishSpeller([], { cacheDir: join(this.ctx.paths.userData, 'cache') }).catch(
      (error: unknown) => {
        this.spellerLoad = undefined;
        throw error;
      },
    );
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
