/** The workspaces opened lately, newest first, kept in a JSON file in the user-data folder. */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { serialize, writeFileAtomic } from './safe-save';

const MAX_RECENT = 10;

export class RecentFolders {
  private readonly file: string;

  constructor(userDataDir: string) {
    this.file = path.join(userDataDir, 'recent-folders.json');
  }

  /** The remembered folders, newest first; a missing or damaged file is an empty list. */
  async list(): Promise<string[]> {
    try {
      const value: unknown = JSON.parse(await readFile(this.file, 'utf8'));
      return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
    } catch {
      return [];
    }
  }

  /** Puts `folder` first, dropping its older mention and anything past the tenth. */
  async add(folder: string): Promise<string[]> {
    return this.update((list) => [folder, ...list.filter((f) => f !== folder)].slice(0, MAX_RECENT));
  }

  async remove(folder: string): Promise<string[]> {
    return this.update((list) => list.filter((f) => f !== folder));
  }

  private update(change: (list: string[]) => string[]): Promise<string[]> {
    return serialize(this.file, async () => {
      const next = change(await this.list());
      await mkdir(path.dirname(this.file), { recursive: true });
      await writeFileAtomic(this.file, new TextEncoder().encode(`${JSON.stringify(next, null, 2)}\n`));
      return next;
    });
  }
}
