import { Dialog } from './Dialog';

interface Props {
  title: string;
  message: string;
  confirm: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog({ title, message, confirm, onConfirm, onCancel }: Props) {
  return (
    <Dialog
      title={title}
      onCancel={onCancel}
      actions={
        <>
          <button type="button" className="primary danger" onClick={onConfirm} autoFocus>
            {confirm}
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </>
      }
    >
      <p>{message}</p>
    </Dialog>
  );
}
