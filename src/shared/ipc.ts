/**
 * The IPC contract: the one place that says what the renderer may ask of the main process.
 *
 * Pattern
 * - `contract` lists every channel as `group.method`, each with a zod `payload` schema and a zod
 *   `result` schema. The wire name is `olive:<group>.<method>` (see `channelName`).
 * - Main side (src/main/ipc/register.ts, the only file importing `ipcMain`) wraps each handler: it
 *   refuses senders that are not our own window, parses the payload with the schema, runs a plain
 *   handler and always answers with a `Result`, never a thrown error: errors do not survive IPC
 *   well (Electron flattens them to a string), so failure is data: `{ ok: false, error: { code,
 *   message } }`. Expected failures (a damaged draft, a refused path) carry a stable `code` such as
 *   `draft/broken-json`; `message` is one sentence meant for the writer.
 * - Preload (src/preload/index.ts, the only file importing `ipcRenderer`) generates one one-liner
 *   per entry of `API_METHODS` and exposes them as `window.olive` (type `OliveApi`), plus `on()`
 *   for the few events main sends (menu commands, a file to open, a close request).
 * - The renderer imports only types from here (`import type`), so zod stays out of its bundle
 *   unless it wants it.
 *
 * Payloads are strict: an unknown key is refused (`ipc/invalid-payload`), never silently dropped.
 *
 * Paths: the renderer may only name `.olive` drafts (and exported `.pdf` files, to reveal them)
 * that the writer picked in a dialog this session or that lie in Documents/Olive Branch. Entries
 * of the recent list and recovery copies are data, never grants: `drafts.open` of such a path
 * shows the Open dialog in its folder first, `drafts.save` the Save dialog. Other uses are refused
 * with `path/not-allowed` (see docs/ARCHITECTURE.md, "Security boundaries"), except in tests and
 * the Chromium harness, which run the handlers with direct paths allowed.
 */
import { z } from 'zod';
import { draftSchema, MAX_UNANSWERED, pronounsSchema, situationSchema } from '../core/draft/schema';
import { templateMetaSchema } from '../core/templates/schema';
import type { RenderedDocument as CoreRenderedDocument } from '../core/templates/types';
import type { GuideResult as CoreGuideResult } from '../core/guide';
import { LINT_CATEGORIES, SEVERITIES, type Diagnostic as CoreDiagnostic } from '../core/lint/types';
import { HEARD, INTENTS, KINDS, LAYOUTS, PAPERS } from '../core/types';
import { API_METHODS, type EVENT_NAMES, type MENU_COMMANDS } from './channels';

export { API_METHODS, EVENT_NAMES, MENU_COMMANDS, channelName, eventChannelName } from './channels';

// ---------------------------------------------------------------------------------------------
// Result: how every channel answers
// ---------------------------------------------------------------------------------------------

export const ipcErrorSchema = z.object({
  /**
   * Stable, machine-readable: `ipc/invalid-payload`, `ipc/forbidden-sender`, `path/not-allowed`,
   * `path/exists`, `draft/*` (from the core: broken-json, foreign, future-version, too-large,
   * invalid, not-utf8, unreadable, not-a-file; and `draft/changed-on-disk`: another program changed
   * the file since it was opened here, nothing was written), `template/*`, `recovery/unknown`,
   * `pdf/*`, `work/*` (untrusted work stopped: timeout, out-of-memory, crashed), `io/*` (disk-full,
   * read-only, no-permission, missing, not-a-file, dangling-link, exists), `internal`.
   */
  code: z.string(),
  /** One sentence for the writer. */
  message: z.string(),
  /** The file or place at fault, when there is one. */
  where: z.string().optional(),
});
export type IpcError = z.infer<typeof ipcErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export function resultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: ipcErrorSchema }),
  ]);
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: string, message: string, where?: string): Result<never> => ({
  ok: false,
  error: where === undefined ? { code, message } : { code, message, where },
});

// ---------------------------------------------------------------------------------------------
// Shared pieces
// ---------------------------------------------------------------------------------------------

const isoDate = z.iso.datetime({ offset: true });

/** An absolute path on any of our platforms: `/x`, `C:\x`, `\\server\x`; no NUL bytes. */
export const absolutePathSchema = z
  .string()
  .min(1)
  .max(4096)
  .regex(/^(\/|[A-Za-z]:[\\/]|\\\\)/, 'expected an absolute path')
  .refine((p) => !p.includes('\0'), 'a path may not contain NUL');

/** Identifies an open document in this app session, for autosave and recovery. */
export const docIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'a document id is 1-64 letters, digits, _ or -');

export { draftSchema };
export type Draft = z.infer<typeof draftSchema>;

const nothing = z.undefined();
const empty = z.null();

/** Dialogs can be cancelled; that is not an error. */
const canceled = z.object({ status: z.literal('canceled') });

// ---------------------------------------------------------------------------------------------
// Templates and rendering
// ---------------------------------------------------------------------------------------------

export const templateInfoSchema = templateMetaSchema.extend({
  origin: z.enum(['bundled', 'user']),
});
export type TemplateInfo = z.infer<typeof templateInfoSchema>;

export const templateListSchema = z.object({
  templates: z.array(templateInfoSchema),
  /** Templates that failed to load (file and line in `where`); the rest still work. */
  errors: z.array(z.object({ where: z.string(), message: z.string() })),
});
export type TemplateList = z.infer<typeof templateListSchema>;

export const renderedDocumentSchema = z.object({
  templateId: z.string(),
  kind: z.enum(KINDS),
  step: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]),
  title: z.string(),
  intent: z.enum(INTENTS),
  channel: z.enum(['text', 'email', 'post']),
  sender: z.string(),
  recipient: z.string(),
  text: z.string(),
  blocks: z.array(z.object({ id: z.string(), start: z.number(), end: z.number(), text: z.string() })),
  spans: z.array(z.object({ field: z.string(), block: z.string(), start: z.number(), end: z.number() })),
});
export type RenderedDocument = CoreRenderedDocument;

// ---------------------------------------------------------------------------------------------
// Drafts, recent list, recovery
// ---------------------------------------------------------------------------------------------

export const createDraftPayloadSchema = z.strictObject({
  templateId: z.string().min(1).max(100),
  recipientName: z.string().max(200),
  pronouns: pronounsSchema.optional(),
  /** Defaults to the sender name in settings. */
  senderName: z.string().max(200).optional(),
  intent: z.enum(INTENTS).optional(),
  situation: situationSchema.partial().optional(),
  /** Missing fields take the template's defaults. */
  fields: z.record(z.string().max(100), z.string().max(100_000)).optional(),
});
export type CreateDraftPayload = z.infer<typeof createDraftPayloadSchema>;

export const newDocumentSchema = z.object({ docId: docIdSchema, draft: draftSchema });
export type NewDocument = z.infer<typeof newDocumentSchema>;

export const openedDocumentSchema = z.object({
  status: z.literal('opened'),
  docId: docIdSchema,
  path: z.string(),
  draft: draftSchema,
  /** Set when the file was damaged and its `.bak` was loaded instead; show it to the writer. */
  notice: z.string().optional(),
});
export type OpenedDocument = z.infer<typeof openedDocumentSchema>;

export const openDraftPayloadSchema = z.strictObject({
  /** Omit to ask with the system Open dialog. */
  path: absolutePathSchema.optional(),
});

export const saveDraftPayloadSchema = z.strictObject({
  docId: docIdSchema,
  path: absolutePathSchema,
  draft: draftSchema,
  /**
   * A save is refused with `draft/changed-on-disk` when another program changed the file since
   * this app opened or saved it. Ask the writer: reload (`drafts.open`), save as (`drafts.saveAs`),
   * or overwrite: save again with `overwrite: true`.
   */
  overwrite: z.boolean().optional(),
});

export const savedDocumentSchema = z.object({
  status: z.literal('saved'),
  path: z.string(),
  /** The draft as written (its `updatedAt` set to the save time). */
  draft: draftSchema,
});
export type SavedDocument = z.infer<typeof savedDocumentSchema>;

export const saveAsPayloadSchema = z.strictObject({
  docId: docIdSchema,
  draft: draftSchema,
  /** Skips the dialog; only honoured where direct paths are allowed (tests, harness). */
  path: absolutePathSchema.optional(),
});

export const renamePayloadSchema = z.strictObject({
  path: absolutePathSchema,
  /** A file name only (no folder); `.olive` is added when missing. */
  newName: z
    .string()
    .min(1)
    .max(200)
    .refine((n) => !/[\\/\0]/.test(n) && n !== '.' && n !== '..', 'a name, not a path'),
});
export const renamedSchema = z.object({ path: z.string() });

export const deletePayloadSchema = z.strictObject({ path: absolutePathSchema, docId: docIdSchema.optional() });

export const recentEntrySchema = z.object({
  path: z.string(),
  /** "Card to Sam", for the home screen. */
  title: z.string(),
  kind: z.enum(KINDS),
  recipient: z.string(),
  updatedAt: isoDate,
  mailedAt: isoDate.optional(),
  openedAt: isoDate,
  /** False when the file has been moved or deleted since. */
  exists: z.boolean(),
});
export type RecentEntry = z.infer<typeof recentEntrySchema>;
export const recentListSchema = z.object({ entries: z.array(recentEntrySchema) });

export const autosavePayloadSchema = z.strictObject({
  docId: docIdSchema,
  /** The file the draft belongs to, or null while it has never been saved. */
  path: absolutePathSchema.nullable(),
  draft: draftSchema,
});
export const autosaveResultSchema = z.object({
  /** Main coalesces calls; the recovery copy is on disk within this many ms of the call. */
  withinMs: z.number(),
});

export const recoveryEntrySchema = z.object({
  docId: docIdSchema,
  path: z.string().nullable(),
  savedAt: isoDate,
  title: z.string(),
  draft: draftSchema,
});
export type RecoveryEntry = z.infer<typeof recoveryEntrySchema>;
export const recoveryListSchema = z.object({ entries: z.array(recoveryEntrySchema) });
export const recoveryIdPayloadSchema = z.strictObject({ docId: docIdSchema });
export const restoredSchema = z.object({
  /** A fresh id: the restored draft is a new, unsaved document until the writer saves it. */
  docId: docIdSchema,
  path: z.string().nullable(),
  draft: draftSchema,
});
export type Restored = z.infer<typeof restoredSchema>;

// ---------------------------------------------------------------------------------------------
// Settings, contact log, guide
// ---------------------------------------------------------------------------------------------

export const FONTS = ['serif', 'handwritten'] as const;
export const THEMES = ['system', 'light', 'dark'] as const;

export const settingsSchema = z.object({
  /** Defaults from the system locale: Letter in the US, Canada, Mexico and a few more, else A4. */
  paper: z.enum(PAPERS),
  foldGuides: z.boolean(),
  /** Body font of the printed piece. */
  font: z.enum(FONTS),
  /** Prefills "from" on new drafts. */
  senderName: z.string().max(200),
  theme: z.enum(THEMES),
});
export type Settings = z.infer<typeof settingsSchema>;
export const settingsPatchSchema = settingsSchema.partial().strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const CONTACT_CHANNELS = ['text', 'email', 'call', 'post', 'in-person', 'other'] as const;

export const contactEntrySchema = z.object({
  id: z.string(),
  at: isoDate,
  recipient: z.string().max(200),
  channel: z.enum(CONTACT_CHANNELS),
  /** `sent` by the writer, or `received` from them. */
  direction: z.enum(['sent', 'received']),
  /** For sent contact: whether it got an answer (the guide counts unanswered attempts). */
  answered: z.boolean(),
  kind: z.enum(KINDS).optional(),
  templateId: z.string().max(100).optional(),
  note: z.string().max(2000).optional(),
  path: z.string().optional(),
});
export type ContactEntry = z.infer<typeof contactEntrySchema>;
export const contactLogSchema = z.object({ entries: z.array(contactEntrySchema) });
export type ContactLog = z.infer<typeof contactLogSchema>;

export const appendContactPayloadSchema = contactEntrySchema
  .omit({ id: true, at: true, answered: true, path: true })
  .extend({ at: isoDate.optional(), answered: z.boolean().optional() })
  .strict();
export type AppendContactPayload = z.infer<typeof appendContactPayloadSchema>;

export const markMailedPayloadSchema = z.strictObject({
  docId: docIdSchema.optional(),
  /** When set, the draft file is saved with its `mailedAt`. */
  path: absolutePathSchema.nullable(),
  draft: draftSchema,
  /** Defaults to now. */
  mailedAt: isoDate.optional(),
  /** As for `drafts.save`: replace a file another program changed since it was opened here. */
  overwrite: z.boolean().optional(),
});
export const markedMailedSchema = z.object({
  draft: draftSchema,
  entry: contactEntrySchema,
  path: z.string().nullable(),
});

export const guidePayloadSchema = z.strictObject({
  unanswered: z.number().int().min(0).max(MAX_UNANSWERED),
  heard: z.enum(HEARD),
  want: z.enum(INTENTS),
  mailed: z.strictObject({ date: isoDate, kind: z.enum(KINDS).optional() }).optional(),
  /** How the advice speaks of the recipient; they/them when absent. */
  pronouns: pronounsSchema.optional(),
  /** When they last reached out to the writer (from the contact log): the advice turns to answering. */
  reachedOut: isoDate.optional(),
});
export type GuidePayload = z.infer<typeof guidePayloadSchema>;

const guideStep = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);
const guideNote = z.object({ step: guideStep, text: z.string() });
const guideSuggestion = z.object({
  kind: z.enum([...KINDS, 'wait', 'answer']),
  step: guideStep,
  templates: z.array(z.string()),
  caution: z.string().optional(),
});
export const guideResultSchema = z.object({
  recommendation: guideSuggestion,
  alternatives: z.array(guideSuggestion),
  reasons: z.array(guideNote),
  cautions: z.array(guideNote),
  daysSinceMailed: z.number().optional(),
  waitDaysLeft: z.number().optional(),
});
export type GuideResult = CoreGuideResult;

// ---------------------------------------------------------------------------------------------
// Wording check (spelling needs the dictionary, which only main can read)
// ---------------------------------------------------------------------------------------------

/** The longest text one spelling request may carry (a long letter is some 20,000 characters). */
export const SPELLING_MAX_CHARS = 100_000;

export const spellingPayloadSchema = z.strictObject({
  /** One field's text as the writer typed it; findings are UTF-16 offsets into it. */
  text: z.string().max(SPELLING_MAX_CHARS),
  /** The piece it belongs to, so the finding names the right guide step; guessed from the text when absent. */
  kind: z.enum(KINDS).optional(),
});
export type SpellingPayload = z.infer<typeof spellingPayloadSchema>;

/** A linter finding, as `olive lint --format json` prints it (docs/ARCHITECTURE.md, Contracts). */
export const lintDiagnosticSchema = z.object({
  rule: z.string(),
  category: z.enum(LINT_CATEGORIES),
  severity: z.enum(SEVERITIES),
  start: z.number(),
  end: z.number(),
  line: z.number(),
  column: z.number(),
  message: z.string(),
  step: guideStep,
  suggestions: z.array(z.object({ label: z.string(), replacement: z.string() })),
});
export type LintDiagnostic = CoreDiagnostic;

export const spellingResultSchema = z.object({
  /** Category `spelling`, severity `info`, sorted by start; suggestions replace text[start, end). */
  diagnostics: z.array(lintDiagnosticSchema),
});
export type SpellingResult = z.infer<typeof spellingResultSchema>;

// ---------------------------------------------------------------------------------------------
// PDF, print, shell, app, window
// ---------------------------------------------------------------------------------------------

export const pdfPayloadSchema = z.strictObject({
  draft: draftSchema,
  /** Defaults to the draft's own fold and paper; `envelope` prints the addresses. */
  layout: z.enum(LAYOUTS).optional(),
  paper: z.enum(PAPERS).optional(),
});
export type PdfPayload = z.infer<typeof pdfPayloadSchema>;

export const exportPdfPayloadSchema = pdfPayloadSchema.extend({
  /** Skips the Save dialog; only honoured where direct paths are allowed (tests, harness). */
  path: absolutePathSchema.optional(),
});
export const exportedPdfSchema = z.object({
  status: z.literal('saved'),
  path: z.string(),
  pages: z.number(),
  warnings: z.array(z.string()),
  /** How to print and fold this piece ("Print at actual size, not fit to page."). */
  instructions: z.array(z.string()),
});

export const previewPdfSchema = z.object({
  /** The very bytes Export would write. */
  bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'expected bytes'),
  pages: z.number(),
  warnings: z.array(z.string()),
  /** How to print and fold this piece. */
  instructions: z.array(z.string()),
});
export type PreviewPdf = z.infer<typeof previewPdfSchema>;

export const printedSchema = z.object({
  /** `external`: the system print path failed, so the PDF opened in the system viewer to print from there. */
  status: z.enum(['sent', 'canceled', 'external']),
});

export const pathPayloadSchema = z.strictObject({ path: absolutePathSchema });

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  versions: z.object({ electron: z.string(), chrome: z.string(), node: z.string() }),
  platform: z.string(),
  locale: z.string(),
  /** Where drafts go by default (Documents/Olive Branch). */
  documentsFolder: z.string(),
  /** Things to tell the writer once at start, e.g. settings restored from their backup. */
  notices: z.array(z.string()),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const documentStatePayloadSchema = z.strictObject({
  /** True while the open draft has changes not yet saved to its file. */
  dirty: z.boolean(),
  /** Shown in the window title. */
  title: z.string().max(200).optional(),
});

export const openRequestsSchema = z.object({ paths: z.array(z.string()) }).strict();
export type OpenRequests = z.infer<typeof openRequestsSchema>;

// ---------------------------------------------------------------------------------------------
// The channel table
// ---------------------------------------------------------------------------------------------

interface Channel<P extends z.ZodType, R extends z.ZodType> {
  payload: P;
  result: R;
}
const channel = <P extends z.ZodType, R extends z.ZodType>(payload: P, result: R): Channel<P, R> => ({
  payload,
  result,
});

export const contract = {
  templates: {
    /** Bundled and user templates with fields and sample data. */
    list: channel(nothing, templateListSchema),
    /** Draft -> RenderedDocument (Handlebars runs here, in main, never in the renderer). */
    render: channel(z.strictObject({ draft: draftSchema }), renderedDocumentSchema),
  },
  drafts: {
    /** A new draft (not yet on disk): template defaults, paper and sender from settings. */
    create: channel(createDraftPayloadSchema, newDocumentSchema),
    /** Open dialog, or a known path. Damaged files fall back to `.bak` with `notice`. */
    open: channel(openDraftPayloadSchema, z.discriminatedUnion('status', [openedDocumentSchema, canceled])),
    /** Atomic save to the draft's file; the previous version is kept as `.bak`. */
    save: channel(saveDraftPayloadSchema, savedDocumentSchema),
    /** Save dialog (default folder Documents/Olive Branch), then as `save`. */
    saveAs: channel(saveAsPayloadSchema, z.discriminatedUnion('status', [savedDocumentSchema, canceled])),
    /** Renames in the same folder; refuses to overwrite (`path/exists`). */
    rename: channel(renamePayloadSchema, renamedSchema),
    /** Moves the file to the OS trash and drops it from the recent list. */
    delete: channel(deletePayloadSchema, empty),
  },
  recent: {
    list: channel(nothing, recentListSchema),
    forget: channel(pathPayloadSchema, recentListSchema),
  },
  recovery: {
    /** Call on every change of a dirty draft; main writes a recovery copy within 2 s. */
    autosave: channel(autosavePayloadSchema, autosaveResultSchema),
    /** Recovery copies left by a crash, a kill or a reload; offer them at start. */
    list: channel(nothing, recoveryListSchema),
    restore: channel(recoveryIdPayloadSchema, restoredSchema),
    discard: channel(recoveryIdPayloadSchema, empty),
  },
  settings: {
    get: channel(nothing, settingsSchema),
    set: channel(settingsPatchSchema, settingsSchema),
  },
  contacts: {
    get: channel(nothing, contactLogSchema),
    append: channel(appendContactPayloadSchema, contactLogSchema),
    /** Sets `mailedAt`, saves the draft when it has a file, logs a `post` entry. */
    markMailed: channel(markMailedPayloadSchema, markedMailedSchema),
  },
  guide: {
    recommend: channel(guidePayloadSchema, guideResultSchema),
  },
  lint: {
    /**
     * Offline spelling advice (nspell + dictionary-en) for one field's text; the rest of the linter runs in the
     * renderer.
     */
    spelling: channel(spellingPayloadSchema, spellingResultSchema),
  },
  pdf: {
    /** Save dialog (or a direct path in tests), then the core exporter. */
    export: channel(exportPdfPayloadSchema, z.discriminatedUnion('status', [exportedPdfSchema, canceled])),
    /** The same exporter's bytes, for the pdf.js preview. */
    preview: channel(pdfPayloadSchema, previewPdfSchema),
    /** The system print dialog for the same PDF. */
    print: channel(pdfPayloadSchema, printedSchema),
  },
  shell: {
    /** Shows a known draft or exported PDF in the file manager. */
    reveal: channel(pathPayloadSchema, empty),
  },
  app: {
    info: channel(nothing, appInfoSchema),
  },
  window: {
    /** Tell main whether there are unsaved changes, so closing can ask first. */
    setDocumentState: channel(documentStatePayloadSchema, empty),
    /** After handling `closeRequested` (saved or discarded), let the window close. */
    confirmClose: channel(nothing, empty),
    /**
     * Files the OS asked us to open (double-click, second launch, Finder), oldest first; each is
     * handed out once. Call once listening for `openRequested`, and on every such event.
     */
    takeOpenRequests: channel(nothing, openRequestsSchema),
  },
} as const;

export type Contract = typeof contract;
export type Group = keyof Contract;
export type MethodOf<G extends Group> = keyof Contract[G] & string;

// API_METHODS (in channels.ts, which the preload bundles without zod) must list exactly the
// contract's methods: every listed one exists (`satisfies` below) and none is missing (`Missing`).
const _listedExist = API_METHODS satisfies { [G in Group]: readonly MethodOf<G>[] };
type Listed = { [G in Group]: (typeof API_METHODS)[G][number] };
type Missing = { [G in Group]: Exclude<MethodOf<G>, Listed[G]> }[Group];
const _everyMethodListed: [Missing] extends [never] ? true : Missing = true;

export type PayloadOf<G extends Group, M extends MethodOf<G>> =
  Contract[G][M] extends Channel<infer P, z.ZodType> ? z.input<P> : never;
export type ResultOf<G extends Group, M extends MethodOf<G>> =
  Contract[G][M] extends Channel<z.ZodType, infer R> ? z.output<R> : never;

// ---------------------------------------------------------------------------------------------
// Events: main -> renderer
// ---------------------------------------------------------------------------------------------

export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface EventPayloads {
  /** A menu item or its accelerator. */
  command: { command: MenuCommand };
  /**
   * The OS asked to open a file (command line, second launch, Finder). It carries nothing: IPC
   * does not wait for listeners, so the renderer pulls the paths with `window.takeOpenRequests`.
   */
  openRequested: Record<string, never>;
  /**
   * The writer closed the window while `setDocumentState({ dirty: true })` was in force: ask
   * (save / discard / cancel), then call `window.confirmClose()` to let it close, or nothing to stay.
   */
  closeRequested: Record<string, never>;
}
export type EventName = keyof EventPayloads;
const _eventsListed: [Exclude<EventName, (typeof EVENT_NAMES)[number]>] extends [never] ? true : false = true;

// ---------------------------------------------------------------------------------------------
// window.olive
// ---------------------------------------------------------------------------------------------

type Method<P, R> = [P] extends [undefined] ? () => Promise<Result<R>> : (payload: P) => Promise<Result<R>>;

/** The shape of `window.olive`, exactly what the preload exposes. */
export type OliveApi = {
  [G in Group]: { [M in MethodOf<G>]: Method<PayloadOf<G, M>, ResultOf<G, M>> };
} & {
  /** Subscribes to an event from main; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
};

declare global {
  interface Window {
    olive: OliveApi;
  }
}

// Compile-time checks that the result schemas describe what the core really returns.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _renderedMatches: Same<z.output<typeof renderedDocumentSchema>, CoreRenderedDocument> = true;
const _guideMatches: Same<z.output<typeof guideResultSchema>, CoreGuideResult> = true;
const _diagnosticMatches: Same<z.output<typeof lintDiagnosticSchema>, CoreDiagnostic> = true;
