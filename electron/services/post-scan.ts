/** Finds the post files of a workspace, leaving out what the site's engine leaves out. */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { SiteKind } from '../../shared/site';

export const POST_EXTENSIONS = ['.md', '.markdown', '.mdx'];

/** Folders no engine reads posts from: build output, dependencies, version control. */
const SKIPPED_DIRS = new Set(['node_modules', '_site', 'public', 'resources', '.git', '.jekyll-cache', 'out', 'dist']);

function isPostFile(relPath: string, kind: SiteKind): boolean {
  if (!POST_EXTENSIONS.includes(path.extname(relPath).toLowerCase())) return false;
  const segments = relPath.split('/');
  if (kind === 'jekyll') return segments.includes('_posts') || segments.includes('_drafts');
  return true;
}

/** Workspace-relative paths (with `/`) of every post file, sorted. */
export async function scanPostPaths(root: string, kind: SiteKind): Promise<string[]> {
  const found: string[] = [];
  async function walk(dir: string, rel: string): Promise<void> {
    const entries = await readdir(dir, { withFileTypes: true });
    await Promise.all(
      entries.map(async (entry) => {
        const childRel = rel ? `${rel}/${entry.name}` : entry.name;
        if (entry.isDirectory()) {
          if (SKIPPED_DIRS.has(entry.name) || (entry.name.startsWith('.') && entry.name !== '.')) return;
          await walk(path.join(dir, entry.name), childRel);
        } else if (entry.isFile() && isPostFile(childRel, kind)) {
          found.push(childRel);
        }
      }),
    );
  }
  await walk(root, '');
  return found.sort();
}
