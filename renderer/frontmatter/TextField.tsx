import { useDraft } from './use-draft';

interface Props {
  label: string;
  value: string;
  /** Called with every change; the typed text stays shown even if the edit is refused. */
  onChange: (value: string) => void;
  multiline?: boolean;
  placeholder?: string;
  describedBy?: string;
  className?: string;
}

/** A text input or textarea that keeps what is typed while following outside changes. */
export function TextField({ label, value, onChange, multiline, placeholder, describedBy, className }: Props) {
  const [text, setText] = useDraft(value);
  const common = {
    'aria-label': label,
    'aria-describedby': describedBy,
    className: className ?? 'fm-text',
    placeholder,
    value: text,
    onChange: (e: { target: { value: string } }) => {
      setText(e.target.value);
      onChange(e.target.value);
    },
  };
  return multiline ? <textarea rows={Math.min(8, Math.max(2, text.split('\n').length))} {...common} /> : <input {...common} />;
}
