import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { CreateDraftPayload } from '../../shared/ipc';
import { describeError, olive } from './api';
import { lastStep } from '../../core/pieces/kinds';
import type { OpenDoc } from './document';
import { useDocument } from './hooks/useDocument';
import { useMenuCommands } from './hooks/useMenuCommands';
import { usePendingOpens } from './hooks/usePendingOpens';
import { HomeScreen } from './screens/HomeScreen';
import { GuideScreen } from './screens/GuideScreen';
import { GuideHelpScreen } from './screens/GuideHelpScreen';
import { WaitingScreen } from './screens/WaitingScreen';
import { Banner, type Notice } from './ui/Banner';
import { DocumentDialogs } from './ui/DocumentDialogs';

// The editor and the last step bring CodeMirror and pdf.js: loaded when first needed, so the home screen starts small.
const EditorScreen = lazy(() => import('./screens/EditorScreen'));
const ExportScreen = lazy(() => import('./screens/ExportScreen'));

export type Screen = 'home' | 'guide' | 'help' | 'editor' | 'export' | 'waiting';

/** Where an opened draft goes: a mailed piece to its waiting screen, the rest to the desk. */
const screenFor = (doc: OpenDoc): Screen => (doc.draft.mailedAt ? 'waiting' : 'editor');

export function App() {
  const [screen, setScreen] = useState<Screen>('home');
  const [notice, setNotice] = useState<Notice | null>(null);
  /** What the writer asked for while the open draft had unsaved changes; it waits for their answer. */
  const [pending, setPending] = useState<{ run: () => void } | null>(null);
  const [renaming, setRenaming] = useState(false);
  const documents = useDocument(setNotice);
  const { doc } = documents;
  const fail = useCallback((error: unknown) => setNotice({ tone: 'error', text: describeError(error) }), []);

  /** Runs `action` now, or after asking what to do with unsaved changes in the open draft. */
  const guard = useCallback(
    (action: () => void) => {
      if (documents.current()?.dirty) setPending({ run: action });
      else action();
    },
    [documents],
  );
  const go = useCallback((to: Screen) => {
    setNotice((n) => (to === 'home' || n?.tone !== 'error' ? n : null));
    setScreen(to);
  }, []);
  const goHome = useCallback(() => {
    setNotice(null);
    setScreen('home');
  }, []);
  const openDraft = useCallback(
    (path?: string) => guard(() => void documents.open(path).then((opened) => opened && setScreen(screenFor(opened)))),
    [guard, documents],
  );
  const create = useCallback(
    (payload: CreateDraftPayload) => void documents.create(payload).then((created) => created && setScreen('editor')),
    [documents],
  );
  const newDraft = useCallback(() => guard(() => setScreen('guide')), [guard]);

  useMenuCommands({
    new: newDraft,
    showGuide: () => setScreen('help'),
    open: () => openDraft(),
    save: () => void (documents.current() && documents.save()),
    saveAs: () => void (documents.current() && documents.save(true)),
    exportPdf: () => documents.current() && setScreen('export'),
    print: () => documents.current() && setScreen('export'),
    showHome: goHome,
    rename: () => {
      const current = documents.current();
      if (current?.path) setRenaming(true);
      else if (current) void documents.save(true);
    },
    reveal: () => {
      const path = documents.current()?.path;
      if (path) void olive().shell.reveal({ path });
    },
  });
  usePendingOpens(openDraft);

  // Each screen starts at its top; its own heading or first question takes focus (see useScreenFocus).
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [screen]);

  const step = doc ? lastStep(doc.draft.kind) : null;
  return (
    <div className="app">
      <header className="topbar">
        <button type="button" className="brand" onClick={goHome} aria-label="Olive Branch, go to home">
          <span aria-hidden="true" className="brand-mark">
            ❦
          </span>
          Olive Branch
        </button>
        {doc && step && screen !== 'home' && screen !== 'guide' && screen !== 'help' ? (
          <nav aria-label="This draft" className="steps">
            <button type="button" aria-current={screen === 'editor' ? 'page' : undefined} onClick={() => go('editor')}>
              Write
            </button>
            <button type="button" aria-current={screen === 'export' ? 'page' : undefined} onClick={() => go('export')}>
              {step.action}
            </button>
            {doc.draft.mailedAt ? (
              <button
                type="button"
                aria-current={screen === 'waiting' ? 'page' : undefined}
                onClick={() => go('waiting')}
              >
                Waiting
              </button>
            ) : null}
          </nav>
        ) : null}
      </header>
      {notice ? <Banner notice={notice} onClose={() => setNotice(null)} /> : null}
      <main id="main" className={`screen screen-${screen}`} aria-busy={documents.busy}>
        {screen === 'home' ? (
          <HomeScreen
            recovery={documents.recovery}
            current={doc}
            onContinue={() => doc && setScreen(screenFor(doc))}
            onDeleted={documents.deleted}
            onNew={newDraft}
            onHelp={() => setScreen('help')}
            onOpen={openDraft}
            onRestore={(entry) =>
              guard(() => void documents.restore(entry).then((restored) => restored && setScreen('editor')))
            }
            onDiscardRecovery={(entry) => void documents.discardRecovery(entry)}
            onError={fail}
          />
        ) : null}
        {screen === 'help' ? <GuideHelpScreen onStart={newDraft} onHome={goHome} /> : null}
        {screen === 'guide' ? <GuideScreen onCancel={goHome} onCreate={create} onError={fail} /> : null}
        {screen === 'editor' && doc ? (
          <Suspense fallback={<p className="loading">Opening the desk…</p>}>
            <EditorScreen
              doc={doc}
              onChange={documents.update}
              onSave={() => void documents.save()}
              onExport={() => go('export')}
              onError={fail}
            />
          </Suspense>
        ) : null}
        {screen === 'export' && doc ? (
          <Suspense fallback={<p className="loading">Opening the last step…</p>}>
            <ExportScreen
              doc={doc}
              onBack={() => go('editor')}
              onSave={() => documents.save()}
              onPrinted={documents.printed}
              onMailed={(draft, path) => {
                documents.mailed(draft, path);
                setScreen('waiting');
              }}
              onError={fail}
            />
          </Suspense>
        ) : null}
        {screen === 'waiting' && doc ? (
          <WaitingScreen
            doc={doc}
            onChange={documents.update}
            onSave={() => documents.save()}
            onHome={goHome}
            onNewDraft={() => setScreen('guide')}
            onCreate={create}
            onError={fail}
          />
        ) : null}
      </main>
      <DocumentDialogs
        documents={documents}
        pending={pending}
        onPendingDone={() => setPending(null)}
        renaming={renaming}
        onRenameDone={() => setRenaming(false)}
      />
    </div>
  );
}
