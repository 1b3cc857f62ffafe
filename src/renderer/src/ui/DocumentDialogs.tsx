import { useEffect, useState } from 'react';
import { olive } from '../api';
import { docTitle, fileName } from '../document';
import type { DocumentActions } from '../hooks/useDocument';
import { ConfirmDialog } from './ConfirmDialog';
import { PromptDialog } from './PromptDialog';

interface Props {
  documents: DocumentActions;
  /** What the writer asked for while the draft had unsaved changes: it runs once they answer. */
  pending: { run: () => void } | null;
  onPendingDone: () => void;
  renaming: boolean;
  onRenameDone: () => void;
}

/**
 * The questions about the open draft's file: save it before leaving it, rename it, save before
 * the window closes, and what wins when another program changed it on disk.
 */
export function DocumentDialogs({ documents, pending, onPendingDone, renaming, onRenameDone }: Props) {
  const { doc } = documents;
  const [closePrompt, setClosePrompt] = useState(false);
  useEffect(() => olive().on('closeRequested', () => setClosePrompt(true)), []);
  return (
    <>
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
                if ((await documents.save()) !== null) {
                  onPendingDone();
                  next.run();
                }
              },
            },
            {
              label: 'Don’t save',
              run: () => {
                const next = pending;
                onPendingDone();
                documents.discardChanges();
                next.run();
              },
            },
            { label: 'Cancel', run: () => onPendingDone() },
          ]}
          onCancel={() => onPendingDone()}
        />
      ) : null}
      {documents.conflict ? (
        <ConfirmDialog
          title={`“${fileName(documents.conflict)}” changed on disk`}
          body={
            <p>
              Another program changed this file since you opened it here, so your words were not saved. Keep both by
              saving yours as a new file, replace the file with yours, or reload the file and lose the changes made
              here.
            </p>
          }
          actions={[
            { label: 'Save as a new file…', primary: true, run: () => void documents.resolveConflict('save-as') },
            { label: 'Overwrite the file', run: () => void documents.resolveConflict('overwrite') },
            { label: 'Reload the file', run: () => void documents.resolveConflict('reload') },
            { label: 'Cancel', run: () => void documents.resolveConflict('cancel') },
          ]}
          onCancel={() => void documents.resolveConflict('cancel')}
        />
      ) : null}
      {renaming && doc?.path ? (
        <PromptDialog
          title="Rename this draft"
          label="File name"
          initial={fileName(doc.path).replace(/\.olive$/i, '')}
          confirm="Rename"
          onSubmit={(name) => {
            onRenameDone();
            void documents.rename(name);
          }}
          onCancel={() => onRenameDone()}
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
                if ((await documents.save()) !== null) await olive().window.confirmClose();
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
    </>
  );
}
