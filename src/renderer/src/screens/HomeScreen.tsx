import { useEffect, useState } from 'react';
import type { RecentEntry, RecoveryEntry } from '../../../shared/ipc';
import { olive, unwrap } from '../api';
import { KIND_SHORT, formatDate, formatDateTime } from '../labels';
import { markInteractive } from '../perf';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { Preferences } from './Preferences';

interface Props {
  recovery: RecoveryEntry[];
  /** The draft open in this session, if any. */
  current: { title: string; dirty: boolean; mailed: boolean } | null;
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

export function HomeScreen({ recovery, current, onContinue, onDeleted, onNew, onHelp, onOpen, onRestore, onDiscardRecovery, onError }: Props) {
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

  return (
    <div className="home">
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">Reach out kindly, clearly, and without pressure.</h1>
        <p className="lede">
          A few questions about where things stand, then the right piece to write: a short message, a friendship card, a note, or one heartfelt letter.
          Nothing you write leaves this computer.
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
          {current ? (
            <button type="button" className="large quiet" onClick={onContinue}>
              {current.mailed ? 'Back to waiting' : 'Continue'}: {current.title}
              {current.dirty ? ' (unsaved)' : ''}
            </button>
          ) : null}
        </div>
      </section>

      {recovery.length > 0 ? (
        <section className="panel recovery" aria-labelledby="recovery-title">
          <h2 id="recovery-title">Unsaved words from last time</h2>
          <p>The app closed before these were saved. Restore one to keep writing, or let it go.</p>
          <ul className="plain-list">
            {recovery.map((entry) => (
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
                  </th>
                  <td>{KIND_SHORT[entry.kind]}</td>
                  <td>{formatDate(entry.updatedAt)}</td>
                  <td>{entry.mailedAt ? <span className="tag tag-ok">Mailed {formatDate(entry.mailedAt)}</span> : <span className="muted">Not yet</span>}</td>
                  <td className="row-actions">
                    {entry.exists ? (
                      <span className="actions end">
                        <button type="button" onClick={() => onOpen(entry.path)} aria-label={`Open ${entry.title}`}>
                          Open
                        </button>
                        <button type="button" className="quiet" onClick={() => setDeleting(entry)} aria-label={`Delete ${entry.title}`}>
                          Delete
                        </button>
                      </span>
                    ) : (
                      <button type="button" onClick={() => void forget(entry.path)} aria-label={`Forget ${entry.title}`}>
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
