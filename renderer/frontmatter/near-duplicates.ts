/**
 * Terms that are probably the same word written differently: `Front-Matter`, `front matter`,
 * `front_matter`; with `plural`, also `tag` and `tags`. The chip input warns on the first kind, the
 * taxonomy manager suggests merging both kinds.
 */

/** A comparison key: lower case, with hyphens, underscores and spaces alike. */
export function termKey(name: string, plural = false): string {
  const key = name.trim().toLowerCase().replace(/[\s\-_]+/g, '-');
  return plural ? singular(key) : key;
}

/** A rough English singular for the last word: `categories` → `category`, `boxes` → `box`, `tags` → `tag`. */
function singular(key: string): string {
  if (/[^aeiou]ies$/.test(key)) return `${key.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x|z)es$/.test(key)) return key.slice(0, -2);
  if (/[^s]s$/.test(key) && key.length > 3) return key.slice(0, -1);
  return key;
}

/**
 * The existing term `name` would nearly duplicate (same key, different text), or null. An exact
 * match is no warning: adding an existing tag is what autocomplete is for.
 */
export function nearDuplicateOf(name: string, existing: Iterable<string>, plural = false): string | null {
  const key = termKey(name, plural);
  for (const other of existing) {
    if (other !== name && termKey(other, plural) === key) return other;
  }
  return null;
}

/** Groups of two or more terms sharing a key, each group ordered as given (callers pass most used first). */
export function nearDuplicateGroups(names: readonly string[], plural = true): string[][] {
  const groups = new Map<string, string[]>();
  for (const name of names) {
    const key = termKey(name, plural);
    const group = groups.get(key);
    if (group) group.push(name);
    else groups.set(key, [name]);
  }
  return [...groups.values()].filter((group) => group.length > 1);
}
