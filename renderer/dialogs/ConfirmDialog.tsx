import { Dialog } from './Dialog';

interface Props {
  title: string;
  message: string;
  confirm: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before something that cannot be taken back from within the app. */
export function ConfirmDialog({ title, message, confirm, onConfirm, onCancel }: Props) {
  return (
    <Dialog title={title} confirm={confirm} danger onConfirm={onConfirm} onCancel={onCancel}>
      <p>{message}</p>
    </Dialog>
  );
}
