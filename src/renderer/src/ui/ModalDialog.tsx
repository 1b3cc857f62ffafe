import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The shared shell of the app's modals, on <dialog>: opened modal on mount (the browser traps
 * focus inside and returns it where it was on close), Escape calls onCancel instead of closing
 * behind React's back.
 */
export function ModalDialog({
  labelledBy,
  describedBy,
  onCancel,
  children,
}: {
  labelledBy: string;
  describedBy?: string;
  onCancel: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={labelledBy}
      {...(describedBy ? { 'aria-describedby': describedBy } : {})}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      {children}
    </dialog>
  );
}
