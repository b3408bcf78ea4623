import { createHash } from 'node:crypto';
import type { Stats } from 'node:fs';
import type { FileVersion } from '../../shared/post';

/** SHA-256 of the bytes, hex: what `FileVersion.hash` holds. */
export function hashOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function versionOf(bytes: Uint8Array, stats: Pick<Stats, 'size' | 'mtimeMs'>): FileVersion {
  return { size: stats.size, mtimeMs: stats.mtimeMs, hash: hashOf(bytes) };
}

/** Same content is what matters: a touched file whose bytes did not change is not a conflict. */
export function sameContent(a: FileVersion, b: FileVersion): boolean {
  return a.size === b.size && a.hash === b.hash;
}
