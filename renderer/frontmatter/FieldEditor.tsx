import { fieldLines, type FrontMatterValue, type YamlVersion } from '../../shared/frontmatter';
import { ChipInput } from './ChipInput';
import { DateField } from './DateField';
import type { OtherField } from './form-model';
import { termText, termValue } from './term-field';
import { TextField } from './TextField';
import { useDraft } from './use-draft';

interface Props {
  field: OtherField;
  /** The post's text, to show a nested value's lines exactly as written. */
  text: string;
  yamlVersion: YamlVersion;
  onChange: (value: FrontMatterValue | undefined) => void;
}

/** A field the form has no special place for, with the editor its value's type needs. */
export function FieldEditor({ field, text, yamlVersion, onChange }: Props) {
  const { key, value } = field;
  switch (field.type) {
    case 'text':
    case 'multiline':
      return <TextField label={key} value={value as string} multiline={field.type === 'multiline'} onChange={onChange} />;
    case 'null':
      return <TextField label={key} value="" placeholder="empty" onChange={(v) => onChange(v === '' ? null : v)} />;
    case 'number':
      return <NumberField label={key} value={value as number} onChange={onChange} />;
    case 'boolean':
      return (
        <label className="fm-check">
          <input type="checkbox" aria-label={key} checked={value as boolean} onChange={(e) => onChange(e.target.checked)} />
          {value ? 'true' : 'false'}
        </label>
      );
    case 'date':
      return <DateField label={key} value={value} onChange={onChange} />;
    case 'list': {
      const items = value as FrontMatterValue[];
      const list = { key, chips: items.map(termText), style: 'list' as const, items };
      return <ChipInput label={key} noun="item" chips={list.chips} terms={[]} onChange={(chips) => onChange(termValue(list, chips))} />;
    }
    case 'complex':
      return <WrittenLines text={text} field={field} yamlVersion={yamlVersion} />;
  }
}

function NumberField({ label, value, onChange }: { label: string; value: number; onChange: (value: number) => void }) {
  const [typed, setTyped] = useDraft(String(value));
  return (
    <input
      className="fm-text fm-number"
      inputMode="decimal"
      aria-label={label}
      aria-invalid={typed.trim() === '' || !Number.isFinite(Number(typed))}
      value={typed}
      onChange={(e) => {
        setTyped(e.target.value);
        const number = Number(e.target.value);
        if (e.target.value.trim() !== '' && Number.isFinite(number)) onChange(number);
      }}
    />
  );
}

/** A nested map or list of maps, shown as written; edited in Raw or in the editor. */
function WrittenLines({ text, field, yamlVersion }: { text: string; field: OtherField; yamlVersion: YamlVersion }) {
  const lines = fieldLines(text, field.key, yamlVersion);
  const written = lines ? text.split(/\r?\n/).slice(lines.start - 1, lines.end - 1).join('\n') : JSON.stringify(field.value, null, 2);
  return (
    <div className="fm-nested">
      <pre aria-label={field.key}>{written}</pre>
      <p className="fm-hint">Nested values are edited in Raw or in the editor.</p>
    </div>
  );
}
