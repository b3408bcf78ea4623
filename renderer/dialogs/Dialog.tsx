import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  title: string;
  children: ReactNode;
  /** The confirming button's label. */
  confirm: string;
  /** Disables the confirming button (e.g. an empty field). */
  canConfirm?: boolean;
  danger?: boolean;
  /** With `form`, the confirming button submits that form instead of calling onConfirm. */
  form?: string;
  onConfirm?: () => void;
  /** A third choice between confirming and cancelling (e.g. "Discard changes"). */
  alternative?: { label: string; onChoose: () => void };
  onCancel: () => void;
}

/** A modal dialog on the native <dialog> element: focus is trapped and Escape cancels. */
export function Dialog({ title, children, confirm, canConfirm = true, danger = false, form, onConfirm, alternative, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-label={title}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2>{title}</h2>
      <div className="dialog-body">{children}</div>
      <div className="dialog-actions">
        <button type={form ? 'submit' : 'button'} form={form} className={danger ? 'primary danger' : 'primary'} disabled={!canConfirm} onClick={form ? undefined : onConfirm} autoFocus={!form}>
          {confirm}
        </button>
        {alternative && (
          <button type="button" onClick={alternative.onChoose}>
            {alternative.label}
          </button>
        )}
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
