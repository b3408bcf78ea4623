import { useState } from 'react';
import { isFrontMatterDate, parseDateText, type FrontMatterDate, type FrontMatterValue } from '../../shared/frontmatter';
import { dateInputs, pickedDate, validOffset, type DateInputs } from './date-input';
import { useDraft } from './use-draft';

interface Props {
  /** "Date", or the key of another date field ("lastmod"). */
  label: string;
  value: FrontMatterValue | undefined;
  /** A new date written in the old one's style, or undefined to remove the field. */
  onChange: (value: FrontMatterValue | undefined) => void;
  describedBy?: string;
}

const EMPTY: DateInputs = { day: '', time: '', offset: '' };
const sameInputs = (a: DateInputs, b: DateInputs) => a.day === b.day && a.time === b.time && a.offset === b.offset;

/** A written date (a quoted one too), or null when the value is something else. */
function asDate(value: FrontMatterValue | undefined): FrontMatterDate | null {
  if (isFrontMatterDate(value)) return value;
  return typeof value === 'string' ? parseDateText(value.trim()) : null;
}

/**
 * Day, time and time-zone pickers for a date; the written style and zone are kept by `dateValue`.
 * A value that is no date at all gets a text box, so it can be fixed here.
 */
export function DateField({ label, value, onChange, describedBy }: Props) {
  const previous = asDate(value);
  const [inputs, setInputs] = useDraft(previous ? dateInputs(previous) : EMPTY, sameInputs);
  // A date written without a time shows no empty time picker until the user asks for one.
  const [timeWanted, setTimeWanted] = useState(false);
  if (value !== undefined && !previous) return <DateText label={label} value={value} onChange={onChange} describedBy={describedBy} />;

  const update = (change: Partial<DateInputs>) => {
    const next = { ...inputs, ...change };
    setInputs(next);
    if (next.day === '') return onChange(undefined);
    const date = pickedDate(next, previous);
    if (date && date.text !== previous?.text) onChange(date);
  };
  const badZone = !validOffset(inputs.offset);
  return (
    <div className="fm-date">
      <input type="date" aria-label={label} aria-describedby={describedBy} value={inputs.day} onChange={(e) => update({ day: e.target.value })} />
      {inputs.time !== '' || timeWanted ? (
        <input type="time" step={1} aria-label={`${label} time`} value={inputs.time} disabled={inputs.day === ''} onChange={(e) => update({ time: e.target.value })} />
      ) : (
        <button type="button" className="fm-add-time" disabled={inputs.day === ''} onClick={() => setTimeWanted(true)}>
          Add time
        </button>
      )}
      {inputs.time !== '' && (
        <input
          className="fm-zone"
          aria-label={`${label} time zone`}
          aria-invalid={badZone}
          placeholder="local"
          title="Time zone offset such as +01:00 or Z; empty for the site's time zone"
          value={inputs.offset}
          onChange={(e) => update({ offset: e.target.value })}
        />
      )}
    </div>
  );
}

/** A date field holding text that is not a date: typed text is written as a date once it reads as one. */
function DateText({ label, value, onChange, describedBy }: Props & { value: FrontMatterValue }) {
  const written = typeof value === 'string' ? value : JSON.stringify(value);
  const [text, setText] = useDraft(written);
  return (
    <input
      className="fm-text"
      aria-label={label}
      aria-describedby={describedBy}
      aria-invalid
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        onChange(parseDateText(e.target.value.trim()) ?? e.target.value);
      }}
    />
  );
}
