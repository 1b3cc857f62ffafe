import { useId } from 'react';
import { ModalDialog } from './ModalDialog';

export interface DialogAction {
  label: string;
  primary?: boolean;
  run: () => void | Promise<void>;
}

/**
 * A modal question built on <dialog>: the browser traps focus inside it, Escape cancels, and focus
 * returns where it was when it closes.
 */
export function ConfirmDialog({
  title,
  body,
  actions,
  onCancel,
}: {
  title: string;
  body: React.ReactNode;
  actions: DialogAction[];
  onCancel: () => void;
}) {
  const titleId = useId();
  const bodyId = useId();
  return (
    <ModalDialog labelledBy={titleId} describedBy={bodyId} onCancel={onCancel}>
      <h2 id={titleId}>{title}</h2>
      <div id={bodyId} className="dialog-body">
        {body}
      </div>
      <div className="actions">
        {actions.map((action) => (
          <button
            key={action.label}
            type="button"
            className={action.primary ? 'primary' : undefined}
            onClick={() => void action.run()}
          >
            {action.label}
          </button>
        ))}
      </div>
    </ModalDialog>
  );
}
