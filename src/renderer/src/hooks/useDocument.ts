/**
 * The open draft's life: open, create, save, restore, rename, autosave and mailed. Screens get
 * the draft and these actions; none of them talks to the file store itself.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { CreateDraftPayload, Draft, RecoveryEntry } from '../../../shared/ipc';
import { ApiError, describeError, olive, unwrap } from '../api';
import { docTitle, fileName, settled, type OpenDoc } from '../document';
import { flushPendingEdits } from '../editor/pending';
import type { Notice } from '../ui/Banner';

/** Recovery copies are written by main within 2 s; coalescing here keeps IPC quiet while typing. */
const AUTOSAVE_DEBOUNCE_MS = 300;

export interface DocumentActions {
  doc: OpenDoc | null;
  /** The latest state, for handlers that run outside React's render (menus, dialogs). */
  current: () => OpenDoc | null;
  busy: boolean;
  recovery: RecoveryEntry[];
  open: (path?: string) => Promise<OpenDoc | null>;
  create: (payload: CreateDraftPayload) => Promise<OpenDoc | null>;
  /** Saves (asking where when it has no file yet); resolves to the path, or null. */
  save: (as?: boolean) => Promise<string | null>;
  /** Set when a save found the file changed by another program since it was opened here. */
  conflict: string | null;
  /** The writer's answer to a conflict: reload the file, overwrite it, save as a new file, or leave it. */
  resolveConflict: (choice: 'reload' | 'overwrite' | 'save-as' | 'cancel') => Promise<string | null>;
  restore: (entry: RecoveryEntry) => Promise<OpenDoc | null>;
  discardRecovery: (entry: RecoveryEntry) => Promise<void>;
  rename: (newName: string) => Promise<void>;
  update: (change: (draft: Draft) => Draft) => void;
  /** Main marked it mailed (and saved it, when it has a file). */
  mailed: (draft: Draft, path: string | null) => void;
  printed: () => void;
  /** The file went to the trash: the open draft, if it was that file, is unsaved again. */
  deleted: (path: string) => void;
  /** Drops unsaved changes (the writer chose not to save them). */
  discardChanges: () => void;
}

export function useDocument(notify: (notice: Notice | null) => void): DocumentActions {
  const [doc, setDoc] = useState<OpenDoc | null>(null);
  const [busy, setBusy] = useState(false);
  const [recovery, setRecovery] = useState<RecoveryEntry[]>([]);
  const [conflict, setConflict] = useState<string | null>(null);
  const ref = useRef<OpenDoc | null>(null);
  const autosaveTimer = useRef<number | undefined>(undefined);

  const fail = useCallback(
    (error: unknown, doing?: string) => notify({ tone: 'error', text: describeError(error, doing) }),
    [notify],
  );

  // Recovery copies left by a crash, a kill or a reload are offered once, at start.
  useEffect(() => {
    unwrap(olive().recovery.list())
      .then((list) => setRecovery(list.entries))
      .catch(() => setRecovery([]));
  }, []);

  /**
   * The one way the open draft changes: the ref first (handlers read it before React re-renders), then main's idea of
   * it.
   */
  const adopt = useCallback((next: OpenDoc | null) => {
    const before = ref.current;
    ref.current = next;
    setDoc(next);
    if (
      !next ||
      !before ||
      before.dirty !== next.dirty ||
      docTitle(before.draft) !== docTitle(next.draft) ||
      before.docId !== next.docId
    ) {
      void olive().window.setDocumentState(
        next ? { dirty: next.dirty, title: docTitle(next.draft) } : { dirty: false },
      );
    }
  }, []);

  const scheduleAutosave = useCallback((next: OpenDoc) => {
    window.clearTimeout(autosaveTimer.current);
    autosaveTimer.current = window.setTimeout(() => {
      void olive().recovery.autosave({ docId: next.docId, path: next.path, draft: next.draft });
    }, AUTOSAVE_DEBOUNCE_MS);
  }, []);

  const update = useCallback(
    (change: (draft: Draft) => Draft) => {
      const current = ref.current;
      if (!current) return;
      const draft = change(current.draft);
      if (draft === current.draft) return;
      const next: OpenDoc = { ...current, draft, dirty: true };
      adopt(next);
      scheduleAutosave(next);
    },
    [adopt, scheduleAutosave],
  );

  const open = useCallback(
    async (path?: string): Promise<OpenDoc | null> => {
      setBusy(true);
      try {
        const opened = await unwrap(olive().drafts.open(path === undefined ? {} : { path }));
        if (opened.status === 'canceled') return null;
        const next: OpenDoc = {
          docId: opened.docId,
          path: opened.path,
          draft: settled(opened.draft),
          dirty: false,
          printed: false,
        };
        adopt(next);
        notify(opened.notice ? { tone: 'warning', text: opened.notice } : null);
        return next;
      } catch (error) {
        fail(error, 'Could not open');
        return null;
      } finally {
        setBusy(false);
      }
    },
    [adopt, fail, notify],
  );

  const create = useCallback(
    async (payload: CreateDraftPayload): Promise<OpenDoc | null> => {
      try {
        const created = await unwrap(olive().drafts.create(payload));
        // Untouched, it holds nothing to lose: it is not "unsaved changes" until the writer writes.
        const next: OpenDoc = {
          docId: created.docId,
          path: null,
          draft: settled(created.draft),
          dirty: false,
          printed: false,
        };
        adopt(next);
        notify(null);
        return next;
      } catch (error) {
        fail(error);
        return null;
      }
    },
    [adopt, fail, notify],
  );

  const save = useCallback(
    async (as = false, overwrite = false): Promise<string | null> => {
      flushSync(flushPendingEdits);
      const current = ref.current;
      if (!current) return null;
      try {
        let saved;
        if (current.path && !as) {
          saved = await unwrap(
            olive().drafts.save({
              docId: current.docId,
              path: current.path,
              draft: current.draft,
              ...(overwrite ? { overwrite } : {}),
            }),
          );
        } else {
          const result = await unwrap(olive().drafts.saveAs({ docId: current.docId, draft: current.draft }));
          if (result.status === 'canceled') return null;
          saved = result;
        }
        const latest = ref.current ?? current;
        // Keep what was typed while saving; only clear `dirty` when nothing changed meanwhile.
        const unchanged = latest.draft === current.draft;
        adopt({ ...latest, path: saved.path, draft: unchanged ? saved.draft : latest.draft, dirty: !unchanged });
        if (unchanged) void olive().recovery.discard({ docId: current.docId });
        notify({ tone: 'success', text: `Saved to ${saved.path}` });
        return saved.path;
      } catch (error) {
        // Another program changed the file: nothing was written, and the writer decides what wins.
        if (error instanceof ApiError && error.code === 'draft/changed-on-disk' && current.path)
          setConflict(current.path);
        else fail(error);
        return null;
      }
    },
    [adopt, fail, notify],
  );

  const restore = useCallback(
    async (entry: RecoveryEntry): Promise<OpenDoc | null> => {
      try {
        const restored = await unwrap(olive().recovery.restore({ docId: entry.docId }));
        setRecovery((list) => list.filter((e) => e.docId !== entry.docId));
        const next: OpenDoc = {
          docId: restored.docId,
          path: restored.path,
          draft: settled(restored.draft),
          dirty: true,
          printed: false,
        };
        adopt(next);
        scheduleAutosave(next);
        notify({ tone: 'success', text: `Restored “${entry.title}”. Save it to keep it.` });
        return next;
      } catch (error) {
        fail(error);
        return null;
      }
    },
    [adopt, fail, notify, scheduleAutosave],
  );

  const discardRecovery = useCallback(
    async (entry: RecoveryEntry) => {
      setRecovery((list) => list.filter((e) => e.docId !== entry.docId));
      try {
        await unwrap(olive().recovery.discard({ docId: entry.docId }));
      } catch (error) {
        fail(error);
      }
    },
    [fail],
  );

  const rename = useCallback(
    async (newName: string) => {
      const current = ref.current;
      if (!current?.path) return;
      try {
        const renamed = await unwrap(olive().drafts.rename({ path: current.path, newName }));
        const latest = ref.current;
        if (latest && latest.docId === current.docId) adopt({ ...latest, path: renamed.path });
        notify({ tone: 'success', text: `Renamed to ${fileName(renamed.path)}` });
      } catch (error) {
        fail(error, 'Could not rename');
      }
    },
    [adopt, fail, notify],
  );

  const mailed = useCallback(
    (draft: Draft, path: string | null) => {
      const current = ref.current;
      if (!current) return;
      adopt({ ...current, draft, path, dirty: path === null });
      if (path !== null) void olive().recovery.discard({ docId: current.docId });
      notify(null);
    },
    [adopt, notify],
  );

  const printed = useCallback(() => {
    const current = ref.current;
    if (current && !current.printed) adopt({ ...current, printed: true });
  }, [adopt]);

  const deleted = useCallback(
    (path: string) => {
      const current = ref.current;
      if (current && current.path === path) adopt({ ...current, path: null, dirty: true });
    },
    [adopt],
  );

  const discardChanges = useCallback(() => {
    const current = ref.current;
    if (!current) return;
    window.clearTimeout(autosaveTimer.current);
    void olive().recovery.discard({ docId: current.docId });
  }, []);

  const resolveConflict = useCallback(
    async (choice: 'reload' | 'overwrite' | 'save-as' | 'cancel'): Promise<string | null> => {
      const path = conflict;
      setConflict(null);
      if (choice === 'overwrite') return save(false, true);
      if (choice === 'save-as') return save(true);
      if (choice === 'reload' && path) {
        const current = ref.current;
        if (current) void olive().recovery.discard({ docId: current.docId });
        return (await open(path))?.path ?? null;
      }
      return null;
    },
    [conflict, open, save],
  );

  const current = useCallback(() => ref.current, []);

  return {
    doc,
    current,
    busy,
    recovery,
    open,
    create,
    save,
    conflict,
    resolveConflict,
    restore,
    discardRecovery,
    rename,
    update,
    mailed,
    printed,
    deleted,
    discardChanges,
  };
}
