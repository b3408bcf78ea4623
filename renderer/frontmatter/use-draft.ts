/**
 * A field's local text while the user types: it follows the front matter when that changes from
 * elsewhere (typing in the editor, undo), and otherwise keeps what was typed, even when it is not
 * yet a value that can be written (a half-typed number or time zone).
 */
import { useState } from 'react';

export function useDraft<T>(external: T, sameAs: (a: T, b: T) => boolean = Object.is): [T, (next: T) => void] {
  const [draft, setDraft] = useState(external);
  const [seen, setSeen] = useState(external);
  if (!sameAs(seen, external)) {
    // Adjusting state during render when a prop changes, as React documents it.
    setSeen(external);
    setDraft(external);
  }
  return [sameAs(seen, external) ? draft : external, setDraft];
}
