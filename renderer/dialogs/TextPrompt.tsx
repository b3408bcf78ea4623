import { useState } from 'react';
import { Dialog } from './Dialog';

interface Props {
  title: string;
  label: string;
  initial?: string;
  confirm: string;
  /** Shown under the field; e.g. where the file will go. */
  hint?: string;
  onConfirm: (value: string) => void;
  onCancel: () => void;
}

/** Asks for one line of text (Electron has no window.prompt). */
export function TextPrompt({ title, label, initial = '', confirm, hint, onConfirm, onCancel }: Props) {
  const [value, setValue] = useState(initial);
  const valid = value.trim().length > 0;
  return (
    <Dialog title={title} confirm={confirm} canConfirm={valid} form="text-prompt" onCancel={onCancel}>
      <form
        id="text-prompt"
        onSubmit={(event) => {
          event.preventDefault();
          if (valid) onConfirm(value.trim());
        }}
      >
        <label>
          {label}
          <input autoFocus value={value} onChange={(e) => setValue(e.target.value)} />
        </label>
        {hint && <p className="hint">{hint}</p>}
      </form>
    </Dialog>
  );
}
