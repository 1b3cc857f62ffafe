import { useEffect, useState } from 'react';
import type { RecentEntry, RecoveryEntry } from '../../../shared/ipc';
import { olive, unwrap } from '../api';
import { docTitle, type OpenDoc } from '../document';
import { KIND_WORD, formatDate, formatDateTime } from '../labels';
import { markInteractive } from '../perf';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { Preferences } from './Preferences';

interface Props {
  recovery: RecoveryEntry[];
  /** The draft open in this session, if any. */
  current: OpenDoc | null;
  onContinue: () => void;
  /** A draft file went to the trash (the open draft may have been it). */
  onDeleted: (path: string) => void;
  onNew: () => void;
  onHelp: () => void;
  onOpen: (path?: string) => void;
  onRestore: (entry: RecoveryEntry) => void;
  onDiscardRecovery: (entry: RecoveryEntry) => void;
  onError: (error: unknown) => void;
}

export function HomeScreen({
  recovery,
  current,
  onContinue,
  onDeleted,
  onNew,
  onHelp,
  onOpen,
  onRestore,
  onDiscardRecovery,
  onError,
}: Props) {
  const [recent, setRecent] = useState<RecentEntry[] | null>(null);
  const [deleting, setDeleting] = useState<RecentEntry | null>(null);

  useEffect(() => {
    let live = true;
    unwrap(olive().recent.list())
      .then((list) => live && setRecent(list.entries))
      .catch((error: unknown) => {
        if (!live) return;
        setRecent([]);
        onError(error);
      });
    return () => {
      live = false;
    };
  }, [onError]);

  useEffect(() => {
    if (recent !== null) markInteractive();
  }, [recent]);

  const forget = async (path: string) => {
    try {
      const list = await unwrap(olive().recent.forget({ path }));
      setRecent(list.entries);
    } catch (error) {
      onError(error);
    }
  };

  const remove = async (entry: RecentEntry) => {
    setDeleting(null);
    try {
      await unwrap(olive().drafts.delete({ path: entry.path }));
      onDeleted(entry.path);
      setRecent(await unwrap(olive().recent.list()).then((list) => list.entries));
    } catch (error) {
      onError(error);
    }
  };

  // Each draft is listed once: the one open now and any unsaved words left of it sit in its own row.
  const listed = current?.path ? (recent ?? []).some((e) => e.path === current.path) : false;
  const continueLabel = current
    ? `${current.draft.mailedAt ? 'Back to waiting' : 'Continue'}: ` +
      `${docTitle(current.draft)}${current.dirty ? ' (unsaved)' : ''}`
    : '';
  const leftOf = (entry: RecentEntry) => recovery.find((r) => r.path === entry.path);
  const loose = recovery.filter((r) => !(r.path && (recent ?? []).some((e) => e.path === r.path)));

  return (
    <div className="home">
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">Reach out kindly, clearly, and without pressure.</h1>
        <p className="lede">
          A few questions about where things stand, then the right piece to write: a short message, a friendship card, a
          note, or one heartfelt letter. Nothing you write leaves this computer.
        </p>
        <div className="actions">
          <button type="button" className="primary large" onClick={onNew}>
            New draft
          </button>
          <button type="button" className="large" onClick={() => onOpen()}>
            Open…
          </button>
          <button type="button" className="large quiet" onClick={onHelp}>
            How the guide works
          </button>
          {current && !listed ? (
            <button type="button" className="large quiet" onClick={onContinue}>
              {continueLabel}
            </button>
          ) : null}
        </div>
      </section>

      {loose.length > 0 ? (
        <section className="panel recovery" aria-labelledby="recovery-title">
          <h2 id="recovery-title">Unsaved words from last time</h2>
          <p>The app closed before these were saved. Restore one to keep writing, or let it go.</p>
          <ul className="plain-list">
            {loose.map((entry) => (
              <li key={entry.docId} className="recovery-item">
                <span>
                  <strong>{entry.title}</strong> <span className="muted">kept {formatDateTime(entry.savedAt)}</span>
                </span>
                <span className="actions">
                  <button type="button" className="primary" onClick={() => onRestore(entry)}>
                    Restore “{entry.title}”
                  </button>
                  <button type="button" onClick={() => onDiscardRecovery(entry)}>
                    Discard
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="panel" aria-labelledby="recent-title">
        <h2 id="recent-title">Recent drafts</h2>
        {recent === null ? (
          <p className="muted">Loading…</p>
        ) : recent.length === 0 ? (
          <p className="muted">No drafts yet. “New draft” starts with a few questions.</p>
        ) : (
          <table className="recent">
            <thead>
              <tr>
                <th scope="col">Draft</th>
                <th scope="col">Kind</th>
                <th scope="col">Last edited</th>
                <th scope="col">Mailed</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {recent.map((entry) => (
                <tr key={entry.path}>
                  <th scope="row">
                    {entry.title}
                    {!entry.exists ? <span className="tag tag-warn">file missing</span> : null}
                    {current?.path === entry.path ? (
                      <span className="tag tag-ok">open now{current.dirty ? ', unsaved changes' : ''}</span>
                    ) : null}
                    {leftOf(entry) ? <span className="tag tag-warn">unsaved words from last time</span> : null}
                  </th>
                  <td>{KIND_WORD[entry.kind]}</td>
                  <td>{formatDate(entry.updatedAt)}</td>
                  <td>
                    {entry.mailedAt ? (
                      <span className="tag tag-ok">Mailed {formatDate(entry.mailedAt)}</span>
                    ) : (
                      <span className="muted">Not yet</span>
                    )}
                  </td>
                  <td className="row-actions">
                    {entry.exists ? (
                      <span className="actions end">
                        {current?.path === entry.path ? (
                          <button type="button" className="primary" onClick={onContinue} aria-label={continueLabel}>
                            {current.draft.mailedAt ? 'Back to waiting' : 'Continue'}
                          </button>
                        ) : (
                          <button type="button" onClick={() => onOpen(entry.path)} aria-label={`Open ${entry.title}`}>
                            Open
                          </button>
                        )}
                        {leftOf(entry) ? (
                          <button
                            type="button"
                            onClick={() => onRestore(leftOf(entry) as RecoveryEntry)}
                            aria-label={`Restore the unsaved words of ${entry.title}`}
                          >
                            Restore unsaved words
                          </button>
                        ) : null}
                        <button
                          type="button"
                          className="quiet"
                          onClick={() => setDeleting(entry)}
                          aria-label={`Delete ${entry.title}`}
                        >
                          Delete
                        </button>
                      </span>
                    ) : (
                      <button
                        type="button"
                        onClick={() => void forget(entry.path)}
                        aria-label={`Forget ${entry.title}`}
                      >
                        Forget
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <Preferences onError={onError} />
      {deleting ? (
        <ConfirmDialog
          title={`Delete “${deleting.title}”?`}
          body="The file goes to the trash, where you can still get it back."
          actions={[
            { label: 'Move to trash', primary: true, run: () => void remove(deleting) },
            { label: 'Keep it', run: () => setDeleting(null) },
          ]}
          onCancel={() => setDeleting(null)}
        />
      ) : null}
    </div>
  );
}
