import { useEffect, useId, useRef } from 'react';

export interface DialogAction {
  label: string;
  primary?: boolean;
  run: () => void | Promise<void>;
}

/**
 * A modal question built on <dialog>: the browser traps focus inside it, Escape cancels, and focus
 * returns where it was when it closes.
 */
export function ConfirmDialog({ title, body, actions, onCancel }: { title: string; body: React.ReactNode; actions: DialogAction[]; onCancel: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <div id={bodyId} className="dialog-body">
        {body}
      </div>
      <div className="actions">
        {actions.map((action) => (
          <button key={action.label} type="button" className={action.primary ? 'primary' : undefined} onClick={() => void action.run()}>
            {action.label}
          </button>
        ))}
      </div>
    </dialog>
  );
}
