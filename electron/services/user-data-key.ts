/** File names in the user-data folder derived from workspace roots and paths, safe on every OS. */
import { createHash } from 'node:crypto';

export function keyOf(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 32);
}
