import { useId, useState } from 'react';
import { ModalDialog } from './ModalDialog';

/** A modal asking for one line of text (a new file name), on <dialog> like ConfirmDialog. */
export function PromptDialog({
  title,
  label,
  initial,
  confirm,
  onSubmit,
  onCancel,
}: {
  title: string;
  label: string;
  initial: string;
  confirm: string;
  onSubmit: (value: string) => void;
  onCancel: () => void;
}) {
  const [value, setValue] = useState(initial);
  const titleId = useId();
  const inputId = useId();
  return (
    <ModalDialog labelledBy={titleId} onCancel={onCancel}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          if (value.trim()) onSubmit(value.trim());
        }}
      >
        <h2 id={titleId}>{title}</h2>
        <div className="field">
          <label htmlFor={inputId}>{label}</label>
          <input id={inputId} type="text" value={value} onChange={(e) => setValue(e.target.value)} autoFocus />
        </div>
        <div className="actions">
          <button type="submit" className="primary" disabled={!value.trim()}>
            {confirm}
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
