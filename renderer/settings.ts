import { useCallback, useState } from 'react';

/** A user preference remembered across starts (per app origin, in localStorage). */
export function useSetting<T extends boolean | number | string>(name: string, fallback: T): [T, (value: T) => void] {
  const key = `postdesk.setting.${name}`;
  const [value, setValue] = useState<T>(() => {
    try {
      const stored: unknown = JSON.parse(localStorage.getItem(key) ?? 'null');
      return typeof stored === typeof fallback ? (stored as T) : fallback;
    } catch {
      return fallback;
    }
  });
  const update = useCallback(
    (next: T) => {
      setValue(next);
      localStorage.setItem(key, JSON.stringify(next));
    },
    [key],
  );
  return [value, update];
}
