/**
 * Stores an image pasted or dropped into a post in the site's asset folder under a unique name,
 * and tells the Markdown URL that the site will serve it at.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SavedAsset } from '../../shared/ipc';
import type { SiteKind } from '../../shared/site';
import { confinePath } from './confine-path';
import { ServiceError } from './errors';
import { writeFileAtomic } from './safe-save';
import type { SiteConventions } from './site-conventions';
import { slugify } from './slug';

const EXTENSIONS: Record<string, string> = {
  'image/png': '.png',
  'image/jpeg': '.jpg',
  'image/gif': '.gif',
  'image/webp': '.webp',
  'image/svg+xml': '.svg',
  'image/avif': '.avif',
};

/** Folders an engine copies to the site root as they are. */
const PUBLIC_ROOTS: Partial<Record<SiteKind, string>> = { hugo: 'static/', hexo: 'source/' };

function relativeUrl(fromDir: string, to: string): string {
  const rel = path.posix.relative(fromDir || '.', to);
  return rel.startsWith('.') ? rel : `./${rel}`;
}

/** The URL a post at `postPath` uses for the asset at workspace path `assetPath`. */
export function assetUrl(kind: SiteKind, assetPath: string, postPath: string): string {
  if (kind === 'jekyll') return `/${assetPath}`;
  const publicRoot = PUBLIC_ROOTS[kind];
  if (publicRoot && assetPath.startsWith(publicRoot)) return `/${assetPath.slice(publicRoot.length)}`;
  // Astro, Eleventy and plain folders resolve images relative to the post.
  return relativeUrl(path.posix.dirname(postPath), assetPath);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

export async function saveAsset(root: string, conventions: SiteConventions, postPath: string, fileName: string, mimeType: string, bytes: Uint8Array): Promise<SavedAsset> {
  const extension = EXTENSIONS[mimeType];
  if (!extension) throw new ServiceError('unsupported', `Images of type ${mimeType} cannot be stored`);
  await confinePath(root, postPath);
  const stem = slugify(fileName.replace(/\.[^.]*$/, ''), 40) || 'image';
  for (let n = 1; n < 1000; n++) {
    const assetPath = `${conventions.assetDir}/${n === 1 ? stem : `${stem}-${n}`}${extension}`;
    const absolute = await confinePath(root, assetPath);
    const existing = await readFile(absolute).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    // The same image pasted twice is stored once.
    if (existing && !sameBytes(existing, bytes)) continue;
    if (!existing) {
      await mkdir(path.dirname(absolute), { recursive: true });
      await writeFileAtomic(absolute, bytes);
    }
    return { path: assetPath, markdownUrl: assetUrl(conventions.kind, assetPath, postPath) };
  }
  throw new ServiceError('exists', `Too many images named ${stem} in ${conventions.assetDir}`);
}
