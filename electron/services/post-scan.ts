/** Finds the post files of a workspace, leaving out what the site's engine leaves out. */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { mapLimit } from './map-limit';
import { isSaveTemp } from './safe-save';
import type { SiteConventions } from './site-conventions';

export interface ScanResult {
  /** Workspace-relative paths (with `/`) of every post file, sorted. */
  posts: string[];
  /** Temporary files an interrupted save left behind, workspace-relative. */
  strayTemps: string[];
}

/** Folders read at once; more only queue up in libuv's thread pool. */
const DIR_PARALLELISM = 16;

export async function scanWorkspace(root: string, conventions: SiteConventions): Promise<ScanResult> {
  const posts: string[] = [];
  const strayTemps: string[] = [];
  async function walk(rel: string): Promise<void> {
    const entries = await readdir(path.join(root, rel), { withFileTypes: true });
    const names = new Set(entries.map((e) => e.name));
    const subdirs: string[] = [];
    const leaf = conventions.isLeafFolder(names);
    for (const entry of entries) {
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!leaf && conventions.entersDir(childRel)) subdirs.push(childRel);
      } else if (isSaveTemp(entry.name)) {
        strayTemps.push(childRel);
      } else if (entry.isFile() && conventions.isPost(childRel, names)) {
        posts.push(childRel);
      }
    }
    await mapLimit(subdirs, DIR_PARALLELISM, walk);
  }
  await walk('');
  return { posts: posts.sort(), strayTemps };
}
