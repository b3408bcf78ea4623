import { Dialog } from './Dialog';

interface Props {
  path: string;
  onSave: () => void;
  onDiscard: () => void;
  onCancel: () => void;
}

/** Asked before anything would replace a post with unsaved edits in the editor. */
export function UnsavedDialog({ path, onSave, onDiscard, onCancel }: Props) {
  return (
    <Dialog title="Unsaved changes" confirm="Save" onConfirm={onSave} alternative={{ label: 'Discard changes', onChoose: onDiscard }} onCancel={onCancel}>
      <p>{path} has changes that are not saved.</p>
    </Dialog>
  );
}
