import { useState } from 'react';
import { FrontMatterEditError, parseFlowValue, type FrontMatterValue, type YamlVersion } from '../../shared/frontmatter';

interface Props {
  existing: readonly string[];
  yamlVersion: YamlVersion;
  onAdd: (key: string, value: FrontMatterValue) => void;
}

/** A new field: its name and a value typed as YAML (`true`, `3`, `[a, b]`, `2024-01-29`, text). */
export function AddField({ existing, yamlVersion, onAdd }: Props) {
  const [key, setKey] = useState('');
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = () => {
    const name = key.trim();
    if (name === '') return setError('Give the field a name.');
    if (existing.includes(name)) return setError(`“${name}” is already there.`);
    try {
      onAdd(name, parseFlowValue(value, yamlVersion));
    } catch (e) {
      if (!(e instanceof FrontMatterEditError)) throw e;
      return setError(e.message);
    }
    setKey('');
    setValue('');
    setError(null);
  };
  return (
    <div className="fm-add">
      <input className="fm-text" aria-label="New field name" placeholder="new field" value={key} onChange={(e) => setKey(e.target.value)} />
      <input
        className="fm-text"
        aria-label="New field value"
        placeholder="value (YAML)"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            add();
          }
        }}
      />
      <button type="button" className="fm-button" onClick={add}>
        Add field
      </button>
      {error && <p className="fm-note warning">{error}</p>}
    </div>
  );
}
