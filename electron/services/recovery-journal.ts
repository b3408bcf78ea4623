/**
 * The journal of unsaved edits. While a post has edits not yet on disk, the renderer sends its
 * text here (after a pause in typing); after a crash or kill the next start lists the entries
 * per file, with the disk version each was based on, so the user can take them back. Saving the
 * post (or discarding the edits) removes its entry. Entries live in the user-data folder, one
 * atomically written JSON file per workspace and post.
 */
import { mkdir, readFile, readdir, rm, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { FileVersion, RecoveryEntry } from '../../shared/post';
import { serialize, writeFileAtomic } from './safe-save';
import { keyOf } from './user-data-key';


interface StoredEntry extends RecoveryEntry {
  root: string;
}

export class RecoveryJournal {
  constructor(private readonly userDataDir: string) {}

  private folderOf(root: string): string {
    return path.join(this.userDataDir, 'recovery', keyOf(root));
  }

  private fileOf(root: string, relPath: string): string {
    return path.join(this.folderOf(root), `${keyOf(relPath)}.json`);
  }

  /** Records the unsaved text of one post, replacing its earlier entry. */
  async write(root: string, relPath: string, text: string, base: FileVersion | null): Promise<void> {
    const file = this.fileOf(root, relPath);
    const entry: StoredEntry = { root, path: relPath, text, base, savedAt: Date.now() };
    await serialize(file, async () => {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFileAtomic(file, new TextEncoder().encode(JSON.stringify(entry)));
    });
  }

  /** Forgets the unsaved text of one post (it was saved, or the user threw it away). */
  async discard(root: string, relPath: string): Promise<void> {
    const file = this.fileOf(root, relPath);
    await serialize(file, () => unlink(file).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    }));
  }

  /** Moves an entry along with a renamed post. */
  async move(root: string, from: string, to: string): Promise<void> {
    const entry = await this.read(this.fileOf(root, from));
    if (!entry) return;
    await this.write(root, to, entry.text, entry.base);
    await this.discard(root, from);
  }

  /** Every entry of a workspace, oldest first. Unreadable entries are skipped, not deleted. */
  async list(root: string): Promise<RecoveryEntry[]> {
    const folder = this.folderOf(root);
    const names = await readdir(folder).catch(() => [] as string[]);
    const entries = await Promise.all(names.filter((n) => n.endsWith('.json')).map((n) => this.read(path.join(folder, n))));
    return entries
      .filter((e): e is StoredEntry => e !== null && e.root === root)
      .map(({ path: p, text, base, savedAt }) => ({ path: p, text, base, savedAt }))
      .sort((a, b) => a.savedAt - b.savedAt);
  }

  /** Removes every entry of a workspace. */
  async clear(root: string): Promise<void> {
    await rm(this.folderOf(root), { recursive: true, force: true });
  }

  private async read(file: string): Promise<StoredEntry | null> {
    try {
      const entry = JSON.parse(await readFile(file, 'utf8')) as StoredEntry;
      return typeof entry.text === 'string' && typeof entry.path === 'string' ? entry : null;
    } catch {
      return null;
    }
  }
}
