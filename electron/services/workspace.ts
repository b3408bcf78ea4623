/**
 * One open workspace: the folder, its site kind, its post index, and (once started) its watcher.
 * Every path from the renderer goes through `confinePath`; every write goes through the atomic,
 * conflict-checked save, and is announced to the watcher so it does not come back as an
 * external change.
 */
import { mkdir, readdir, readFile, realpath, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { setField, yamlVersionFor } from '../../shared/frontmatter';
import type { SavedAsset, SaveResult } from '../../shared/ipc';
import type { CreatedPost, FileVersion, PostChange, PostFile, PostSummary, RecoverableEdit } from '../../shared/post';
import type { SiteKind, WorkspaceInfo } from '../../shared/site';
import { saveAsset } from './asset-store';
import { decodeUtf8 } from './utf8';
import { searchPosts } from './post-search';
import { confinePath } from './confine-path';
import { ServiceError } from './errors';
import { hashOf, sameContent, versionOf } from './file-version';
import { indexCacheFile, PostIndex } from './post-index';
import { createPost, pathFollowingTitle, publishPost, renamePost, trashPost, type LifecycleContext, type Trash } from './post-lifecycle';
import { RecoveryJournal } from './recovery-journal';
import { serialize, writeFileAtomic } from './safe-save';
import { conventionsFor, type SiteConventions } from './site-conventions';
import { detectSiteKind } from './site-detect';
import { OwnWrites, WorkspaceWatcher, type WatcherOptions } from './workspace-watcher';

export interface WorkspaceOptions {
  /** URL prefix the renderer loads workspace files from (the asset protocol, or the e2e server). */
  assetBase: string;
  /** The app's user-data folder: enables the index cache and the recovery journal. */
  userDataDir?: string;
  /** Deletes to the OS trash (Electron's `shell.trashItem` in main). */
  trash?: Trash;
}


/** Lone surrogates cannot be written as UTF-8: TextEncoder would silently turn them into U+FFFD. */
function requireWellFormed(text: string, relPath: string): void {
  if (!(text as string & { isWellFormed(): boolean }).isWellFormed()) {
    throw new ServiceError('encoding', `The text for ${relPath} holds a broken character (a lone surrogate); nothing was written.`);
  }
}

/** Jekyll's layouts: the files of `_layouts/`, named without their extension. */
async function layoutNames(root: string): Promise<string[]> {
  const entries = await readdir(path.join(root, '_layouts'), { withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile() && !e.name.startsWith('.')).map((e) => e.name.replace(/\.[^.]*$/, '')).sort();
}

export class Workspace {
  readonly conventions: SiteConventions;
  private readonly ownWrites = new OwnWrites();
  private readonly journal: RecoveryJournal | null;
  private watcher: WorkspaceWatcher | null = null;

  private constructor(
    readonly root: string,
    readonly kind: SiteKind,
    private readonly options: WorkspaceOptions,
    readonly index: PostIndex,
    private readonly layouts: string[],
  ) {
    this.conventions = index.conventions;
    this.journal = options.userDataDir ? new RecoveryJournal(options.userDataDir) : null;
  }

  /** Opens a folder: detects the site, builds the index (warm from the cache) and removes temp files of interrupted saves. */
  static async open(folder: string, options: WorkspaceOptions): Promise<Workspace> {
    const root = await realpath(folder);
    if (!(await stat(root)).isDirectory()) throw new ServiceError('not-a-folder', `${folder} is not a folder`);
    const kind = await detectSiteKind(root);
    const index = new PostIndex(root, conventionsFor(kind), options.userDataDir ? indexCacheFile(options.userDataDir, root) : null);
    const built = await index.build();
    await Promise.all(built.strayTemps.map((rel) => unlink(path.join(root, rel)).catch(() => undefined)));
    return new Workspace(root, kind, options, index, await layoutNames(root));
  }

  info(): WorkspaceInfo {
    return { root: this.root, name: path.basename(this.root), kind: this.kind, assetBase: this.options.assetBase, layouts: this.layouts };
  }

  async listPosts(): Promise<PostSummary[]> {
    return this.index.list();
  }

  /** Posts whose text contains every word of `query`. */
  searchPosts(query: string): Promise<string[]> {
    return searchPosts(this.root, this.index.list().map((post) => post.path), query);
  }

  /**
   * Only posts are read and written over IPC: a hostile renderer must not reach `.git/config`,
   * `_config.yml` or build scripts. A path is a post if the index lists it, or (to re-create a
   * post deleted while open) if the engine would read a file there as a post.
   */
  private async confinePost(relPath: string): Promise<string> {
    const absolute = await confinePath(this.root, relPath);
    const hidden = relPath.split(/[\\/]/).some((segment) => segment.startsWith('.'));
    if (hidden || !(this.index.get(relPath) || this.conventions.isPost(relPath, new Set()))) {
      throw new ServiceError('not-a-post', `${relPath} is not a post of this workspace`);
    }
    return absolute;
  }

  async readPost(relPath: string): Promise<PostFile> {
    const absolute = await this.confinePost(relPath);
    const bytes = await readFile(absolute);
    return { path: relPath, text: decodeUtf8(bytes, relPath), version: versionOf(bytes, await stat(absolute)) };
  }

  /**
   * Writes `text` only if the file on disk is still the one the editor loaded (`base`); with a
   * null base, only if there is no file (re-creating a post deleted while it was open).
   */
  async savePost(relPath: string, text: string, base: FileVersion | null, options: { fromEditor?: boolean } = {}): Promise<SaveResult> {
    const absolute = await this.confinePost(relPath);
    requireWellFormed(text, relPath);
    return serialize(absolute, async () => {
      const disk = await this.readPost(relPath).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return null;
        throw error;
      });
      const unchanged = base === null ? disk === null : disk !== null && sameContent(disk.version, base);
      if (!unchanged) return { status: 'conflict', disk };
      const bytes = new TextEncoder().encode(text);
      this.ownWrites.note(relPath, hashOf(bytes));
      if (base === null) await mkdir(path.dirname(absolute), { recursive: true });
      await writeFileAtomic(absolute, bytes);
      const version = versionOf(bytes, await stat(absolute));
      this.index.record(relPath, bytes, version);
      // The editor's own save supersedes its journal; a tag rename writing the file does not.
      if (options.fromEditor) await this.journal?.discard(this.root, relPath);
      return { status: 'saved', version };
    });
  }

  /** Starts reporting external changes; the index follows them before `listener` hears. */
  async watch(listener: (change: PostChange) => void, options?: WatcherOptions): Promise<void> {
    await this.watcher?.close();
    // Unsaved edits follow a post renamed by another program (git mv, a file manager).
    const follow = (change: PostChange) => {
      if (change.type === 'renamed') void this.journal?.move(this.root, change.from, change.to).catch(() => undefined);
      listener(change);
    };
    this.watcher = await WorkspaceWatcher.start(this.index, this.ownWrites, follow, options);
  }

  /** Whether the watcher has nothing pending (tests and the benchmark poll it). */
  get watcherIdle(): boolean {
    return this.watcher?.idle ?? true;
  }

  /** Stops the watcher and writes the index cache. */
  async close(): Promise<void> {
    await this.watcher?.close();
    this.watcher = null;
    await this.index.flush();
  }

  private get lifecycle(): LifecycleContext {
    return { root: this.root, conventions: this.conventions, index: this.index, ownWrites: this.ownWrites };
  }

  /** A new draft named after `title` where the site keeps new posts. */
  createPost(title: string, now?: Date): Promise<CreatedPost> {
    return createPost(this.lifecycle, title, now);
  }

  /** Where the post would go if its file name followed its title and date; null when it already does. */
  async suggestPath(relPath: string): Promise<string | null> {
    await confinePath(this.root, relPath);
    return pathFollowingTitle(this.lifecycle, relPath);
  }

  /** Renames a post; its unsaved edits in the journal move with it. */
  async renamePost(from: string, to: string): Promise<PostSummary> {
    const summary = await renamePost(this.lifecycle, from, to);
    await this.journal?.move(this.root, from, to);
    return summary;
  }

  /** Publishes a draft; the date or `draft: false` is written with the lossless front-matter editor. */
  async publishPost(relPath: string, now?: Date): Promise<PostSummary> {
    const yamlVersion = yamlVersionFor(this.kind);
    const absolute = await this.confinePost(relPath);
    // Serialized with saves of the same file, so a save and a publish never interleave.
    const summary = await serialize(absolute, () => publishPost(this.lifecycle, relPath, (text, key, value) => setField(text, key, value, { yamlVersion }), now));
    if (summary.path !== relPath) await this.journal?.move(this.root, relPath, summary.path);
    return summary;
  }

  /** Stores a pasted or dropped image in the site's asset folder. */
  saveAsset(postPath: string, fileName: string, mimeType: string, bytes: Uint8Array): Promise<SavedAsset> {
    return saveAsset(this.root, this.conventions, postPath, fileName, mimeType, bytes);
  }

  async trashPost(relPath: string): Promise<void> {
    if (!this.options.trash) throw new ServiceError('unsupported', 'No trash is configured');
    await trashPost(this.lifecycle, relPath, this.options.trash);
    await this.journal?.discard(this.root, relPath);
  }

  /** Journals unsaved text (autosave to the side, not to the post). */
  async journalEdit(relPath: string, text: string, base: FileVersion | null): Promise<void> {
    await this.confinePost(relPath);
    requireWellFormed(text, relPath);
    await this.requireJournal().write(this.root, relPath, text, base);
  }

  async discardEdit(relPath: string): Promise<void> {
    await this.requireJournal().discard(this.root, relPath);
  }

  /** Unsaved edits left by an earlier session, each with the file's current disk version. */
  async listRecoverable(): Promise<RecoverableEdit[]> {
    const entries = await this.requireJournal().list(this.root);
    return Promise.all(
      entries.map(async (entry) => {
        const disk = await this.readPost(entry.path).then(
          (file) => file.version,
          () => null,
        );
        const diskChanged = entry.base === null ? disk !== null : disk === null || !sameContent(disk, entry.base);
        return { ...entry, disk, diskChanged };
      }),
    );
  }

  private requireJournal(): RecoveryJournal {
    if (!this.journal) throw new ServiceError('unsupported', 'No user-data folder: edits cannot be journaled');
    return this.journal;
  }
}
