import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { flushPendingEdits } from './editor/pending';
import type { CreateDraftPayload, Draft, MenuCommand, RecoveryEntry } from '../../shared/ipc';
import { describeError, olive, unwrap } from './api';
import { docTitle, fileName, type OpenDoc } from './document';
import { HomeScreen } from './screens/HomeScreen';
import { GuideScreen } from './screens/GuideScreen';
import { GuideHelpScreen } from './screens/GuideHelpScreen';
import { WaitingScreen } from './screens/WaitingScreen';
import { ExportScreen } from './screens/ExportScreen';
import { Banner, type Notice } from './ui/Banner';
import { ConfirmDialog } from './ui/ConfirmDialog';
import { PromptDialog } from './ui/PromptDialog';
import { usePendingOpens } from './hooks/usePendingOpens';

// The editor brings CodeMirror and pdf.js: loaded when first needed, so the home screen starts small.
const EditorScreen = lazy(() => import('./screens/EditorScreen'));

export type Screen = 'home' | 'guide' | 'help' | 'editor' | 'export' | 'waiting';

/** Recovery copies are written by main within 2 s; coalescing here keeps IPC quiet while typing. */
const AUTOSAVE_DEBOUNCE_MS = 300;

export function App() {
  const [screen, setScreen] = useState<Screen>('home');
  const [doc, setDoc] = useState<OpenDoc | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [recovery, setRecovery] = useState<RecoveryEntry[]>([]);
  const [closePrompt, setClosePrompt] = useState(false);
  /** What the writer asked for while the open draft had unsaved changes; it waits for their answer. */
  const [pending, setPending] = useState<{ run: () => void } | null>(null);
  const [renaming, setRenaming] = useState(false);
  const [busy, setBusy] = useState(false);
  const docRef = useRef<OpenDoc | null>(null);
  const autosaveTimer = useRef<number | undefined>(undefined);

  useEffect(() => {
    docRef.current = doc;
  }, [doc]);

  const fail = useCallback((error: unknown) => setNotice({ tone: 'error', text: describeError(error) }), []);

  // Recovery copies left by a crash, a kill or a reload are offered once, at start.
  useEffect(() => {
    unwrap(olive().recovery.list())
      .then((list) => setRecovery(list.entries))
      .catch(() => setRecovery([]));
  }, []);

  const reportState = useCallback((next: OpenDoc | null) => {
    void olive().window.setDocumentState(next ? { dirty: next.dirty, title: docTitle(next.draft) } : { dirty: false });
  }, []);

  const scheduleAutosave = useCallback((next: OpenDoc) => {
    window.clearTimeout(autosaveTimer.current);
    autosaveTimer.current = window.setTimeout(() => {
      void olive().recovery.autosave({ docId: next.docId, path: next.path, draft: next.draft });
    }, AUTOSAVE_DEBOUNCE_MS);
  }, []);

  const updateDraft = useCallback(
    (change: (draft: Draft) => Draft) => {
      setDoc((current) => {
        if (!current) return current;
        const next: OpenDoc = { ...current, draft: change(current.draft), dirty: true };
        // Saving right after a flush of pending edits reads this before React's effects run.
        docRef.current = next;
        if (!current.dirty) reportState(next);
        scheduleAutosave(next);
        return next;
      });
    },
    [reportState, scheduleAutosave],
  );

  const adopt = useCallback(
    (next: OpenDoc, to: Screen) => {
      setDoc(next);
      reportState(next);
      setScreen(to);
    },
    [reportState],
  );

  const openDraft = useCallback(
    async (path?: string) => {
      setBusy(true);
      try {
        const opened = await unwrap(olive().drafts.open(path === undefined ? {} : { path }));
        if (opened.status === 'canceled') return;
        adopt({ docId: opened.docId, path: opened.path, draft: opened.draft, dirty: false }, opened.draft.mailedAt ? 'waiting' : 'editor');
        setNotice(opened.notice ? { tone: 'warning', text: opened.notice } : null);
      } catch (error) {
        setNotice({ tone: 'error', text: describeError(error, 'Could not open') });
      } finally {
        setBusy(false);
      }
    },
    [adopt],
  );

  const createDraft = useCallback(
    async (payload: CreateDraftPayload) => {
      try {
        const created = await unwrap(olive().drafts.create(payload));
        adopt({ docId: created.docId, path: null, draft: created.draft, dirty: true }, 'editor');
        scheduleAutosave({ docId: created.docId, path: null, draft: created.draft, dirty: true });
        setNotice(null);
      } catch (error) {
        fail(error);
      }
    },
    [adopt, fail, scheduleAutosave],
  );

  /** Saves the open draft (asking where when it has no file yet); resolves to its path, or null. */
  const save = useCallback(
    async (as = false): Promise<string | null> => {
      flushSync(flushPendingEdits);
      const current = docRef.current;
      if (!current) return null;
      try {
        let saved;
        if (current.path && !as) {
          saved = await unwrap(olive().drafts.save({ docId: current.docId, path: current.path, draft: current.draft }));
        } else {
          const result = await unwrap(olive().drafts.saveAs({ docId: current.docId, draft: current.draft }));
          if (result.status === 'canceled') return null;
          saved = result;
        }
        const latest = docRef.current;
        // Keep what was typed while saving; only clear `dirty` when nothing changed meanwhile.
        const unchanged = latest?.draft === current.draft;
        const next: OpenDoc = { docId: current.docId, path: saved.path, draft: unchanged ? saved.draft : (latest?.draft ?? saved.draft), dirty: !unchanged };
        setDoc(next);
        reportState(next);
        if (unchanged) void olive().recovery.discard({ docId: current.docId });
        setNotice({ tone: 'success', text: `Saved to ${saved.path}` });
        return saved.path;
      } catch (error) {
        fail(error);
        return null;
      }
    },
    [fail, reportState],
  );

  const restore = useCallback(
    async (entry: RecoveryEntry) => {
      try {
        const restored = await unwrap(olive().recovery.restore({ docId: entry.docId }));
        setRecovery((list) => list.filter((e) => e.docId !== entry.docId));
        adopt({ docId: restored.docId, path: restored.path, draft: restored.draft, dirty: true }, 'editor');
        setNotice({ tone: 'success', text: `Restored “${entry.title}”. Save it to keep it.` });
      } catch (error) {
        fail(error);
      }
    },
    [adopt, fail],
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

  const onMailed = useCallback(
    (draft: Draft, path: string | null) => {
      const current = docRef.current;
      if (!current) return;
      const next: OpenDoc = { ...current, draft, path, dirty: path === null };
      setDoc(next);
      reportState(next);
      if (path !== null) void olive().recovery.discard({ docId: current.docId });
      setNotice(null);
      setScreen('waiting');
    },
    [reportState],
  );

  /** Runs `action` now, or after asking what to do with unsaved changes in the open draft. */
  const guard = useCallback((action: () => void) => {
    if (docRef.current?.dirty) setPending({ run: action });
    else action();
  }, []);

  const goHome = useCallback(() => {
    setNotice(null);
    setScreen('home');
  }, []);

  // Menu commands and files handed over by the OS.
  const rename = useCallback(
    async (newName: string) => {
      const current = docRef.current;
      setRenaming(false);
      if (!current?.path) return;
      try {
        const renamed = await unwrap(olive().drafts.rename({ path: current.path, newName }));
        setDoc((d) => (d && d.docId === current.docId ? { ...d, path: renamed.path } : d));
        setNotice({ tone: 'success', text: `Renamed to ${fileName(renamed.path)}` });
      } catch (error) {
        setNotice({ tone: 'error', text: describeError(error, 'Could not rename') });
      }
    },
    [],
  );

  const handlers = useRef({ openDraft, save, goHome, setScreen, guard });
  useEffect(() => {
    handlers.current = { openDraft, save, goHome, setScreen, guard };
  }, [openDraft, save, goHome, guard]);
  useEffect(() => {
    const api = olive();
    const offCommand = api.on('command', ({ command }: { command: MenuCommand }) => {
      const h = handlers.current;
      const hasDoc = docRef.current !== null;
      switch (command) {
        case 'new':
          h.guard(() => h.setScreen('guide'));
          break;
        case 'showGuide':
          h.setScreen('help');
          break;
        case 'open':
          h.guard(() => void h.openDraft());
          break;
        case 'save':
          if (hasDoc) void h.save();
          break;
        case 'saveAs':
          if (hasDoc) void h.save(true);
          break;
        case 'exportPdf':
        case 'print':
          if (hasDoc) h.setScreen('export');
          break;
        case 'showHome':
          h.goHome();
          break;
        case 'rename':
          if (docRef.current?.path) setRenaming(true);
          else if (hasDoc) void h.save(true);
          break;
        case 'reveal': {
          const path = docRef.current?.path;
          if (path) void olive().shell.reveal({ path });
          break;
        }
        default:
          break;
      }
    });
    const offClose = api.on('closeRequested', () => setClosePrompt(true));
    return () => {
      offCommand();
      offClose();
    };
  }, []);

  usePendingOpens((path) => handlers.current.guard(() => void handlers.current.openDraft(path)));

  return (
    <div className="app">
      <header className="topbar">
        <button type="button" className="brand" onClick={goHome} aria-label="Olive Branch, go to home">
          <span aria-hidden="true" className="brand-mark">
            ❦
          </span>
          Olive Branch
        </button>
        {doc && screen !== 'home' && screen !== 'guide' ? (
          <nav aria-label="This draft" className="steps">
            <button type="button" aria-current={screen === 'editor' ? 'page' : undefined} onClick={() => setScreen('editor')}>
              Write
            </button>
            <button type="button" aria-current={screen === 'export' ? 'page' : undefined} onClick={() => setScreen('export')}>
              {doc.draft.kind === 'message' ? 'Send' : 'Print and post'}
            </button>
            {doc.draft.mailedAt ? (
              <button type="button" aria-current={screen === 'waiting' ? 'page' : undefined} onClick={() => setScreen('waiting')}>
                Waiting
              </button>
            ) : null}
          </nav>
        ) : null}
      </header>
      {notice ? <Banner notice={notice} onClose={() => setNotice(null)} /> : null}
      <main id="main" className={`screen screen-${screen}`} aria-busy={busy}>
        {screen === 'home' ? (
          <HomeScreen
            recovery={recovery}
            current={doc ? { title: docTitle(doc.draft), dirty: doc.dirty, mailed: Boolean(doc.draft.mailedAt) } : null}
            onContinue={() => setScreen(doc?.draft.mailedAt ? 'waiting' : 'editor')}
            onDeleted={(path) => setDoc((d) => (d && d.path === path ? { ...d, path: null, dirty: true } : d))}
            onNew={() => guard(() => setScreen('guide'))}
            onHelp={() => setScreen('help')}
            onOpen={(path) => guard(() => void openDraft(path))}
            onRestore={(entry) => guard(() => void restore(entry))}
            onDiscardRecovery={(entry) => void discardRecovery(entry)}
            onError={fail}
          />
        ) : null}
        {screen === 'help' ? <GuideHelpScreen onStart={() => guard(() => setScreen('guide'))} onHome={goHome} /> : null}
        {screen === 'guide' ? <GuideScreen onCancel={goHome} onCreate={(payload) => void createDraft(payload)} onError={fail} /> : null}
        {screen === 'editor' && doc ? (
          <Suspense fallback={<p className="loading">Opening the desk…</p>}>
            <EditorScreen doc={doc} onChange={updateDraft} onSave={() => void save()} onExport={() => setScreen('export')} onError={fail} />
          </Suspense>
        ) : null}
        {screen === 'export' && doc ? <ExportScreen doc={doc} onBack={() => setScreen('editor')} onSaveFirst={() => save()} onMailed={onMailed} onError={fail} /> : null}
        {screen === 'waiting' && doc ? <WaitingScreen doc={doc} onHome={goHome} onNewDraft={() => setScreen('guide')} onError={fail} /> : null}
      </main>
      {pending && doc ? (
        <ConfirmDialog
          title={`Save “${docTitle(doc.draft)}” first?`}
          body="It has changes that are not saved to its file yet."
          actions={[
            {
              label: 'Save',
              primary: true,
              run: async () => {
                const next = pending;
                if ((await save()) !== null) {
                  setPending(null);
                  next.run();
                }
              },
            },
            {
              label: 'Don’t save',
              run: () => {
                const next = pending;
                setPending(null);
                void olive().recovery.discard({ docId: doc.docId });
                next.run();
              },
            },
            { label: 'Cancel', run: () => setPending(null) },
          ]}
          onCancel={() => setPending(null)}
        />
      ) : null}
      {renaming && doc?.path ? (
        <PromptDialog
          title="Rename this draft"
          label="File name"
          initial={fileName(doc.path).replace(/\.olive$/i, '')}
          confirm="Rename"
          onSubmit={(name) => void rename(name)}
          onCancel={() => setRenaming(false)}
        />
      ) : null}
      {closePrompt ? (
        <ConfirmDialog
          title="Save your changes before closing?"
          body="This draft has changes that are not saved to its file yet."
          actions={[
            {
              label: 'Save and close',
              primary: true,
              run: async () => {
                if ((await save()) !== null) await olive().window.confirmClose();
                setClosePrompt(false);
              },
            },
            {
              label: 'Close without saving',
              run: async () => {
                setClosePrompt(false);
                await olive().window.confirmClose();
              },
            },
            { label: 'Keep writing', run: () => setClosePrompt(false) },
          ]}
          onCancel={() => setClosePrompt(false)}
        />
      ) : null}
    </div>
  );
}
