/**
 * Resolves a workspace-relative path that arrived from the renderer and refuses anything that
 * could reach outside the workspace: absolute paths, `..`, NUL bytes, drive and UNC forms, and
 * symlinks whose real target escapes.
 */
import { lstat, realpath } from 'node:fs/promises';
import path from 'node:path';
import { ServiceError } from './errors';

function refuse(requested: string, why: string): never {
  throw new ServiceError('outside-workspace', `Refused path ${JSON.stringify(requested)}: ${why}`);
}

/** Checks the form of a relative path without touching the disk; returns its `/`-joined segments. */
export function checkRelativeForm(requested: string): string[] {
  if (requested.includes('\0')) refuse(requested, 'it contains a NUL byte');
  if (/^[a-zA-Z]:/.test(requested)) refuse(requested, 'drive paths are not workspace paths');
  if (requested.startsWith('\\\\') || requested.startsWith('//')) refuse(requested, 'UNC paths are not workspace paths');
  if (requested.startsWith('/') || requested.startsWith('\\')) refuse(requested, 'absolute paths are not workspace paths');
  const segments = requested.split(/[\\/]+/).filter((s) => s !== '' && s !== '.');
  if (segments.includes('..')) refuse(requested, '`..` may not leave the workspace');
  if (segments.length === 0) refuse(requested, 'it names no file');
  return segments;
}

function isInside(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * The absolute path for `requested` inside `realRoot` (which must itself be a realpath). The file
 * may not exist yet; then its nearest existing ancestor must resolve inside the workspace.
 */
export async function confinePath(realRoot: string, requested: string): Promise<string> {
  const segments = checkRelativeForm(requested);
  const absolute = path.join(realRoot, ...segments);
  let probe = absolute;
  for (;;) {
    try {
      const real = await realpath(probe);
      if (!isInside(realRoot, real)) refuse(requested, 'a symbolic link leads outside the workspace');
      return absolute;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      // A dangling link may point anywhere, and writing through it would create its target.
      if ((await lstat(probe).catch(() => null))?.isSymbolicLink()) refuse(requested, 'a symbolic link points to a missing file');
      const parent = path.dirname(probe);
      if (parent === probe || !isInside(realRoot, parent)) return absolute;
      probe = parent;
    }
  }
}
