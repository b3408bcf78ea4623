/**
 * Watches a workspace for changes made outside Postdesk (another editor, `git pull`, a file
 * manager) and keeps the post index current. Events for one path are debounced; a delete and an
 * add of the same content within a short window are reported as one rename. Postdesk's own temp
 * files are ignored, and its own writes (announced through `OwnWrites`) are not reported back.
 */
import { watch, type FSWatcher } from 'chokidar';
import type { Stats } from 'node:fs';
import path from 'node:path';
import type { PostChange } from '../../shared/post';
import type { IndexChange, PostIndex } from './post-index';
import { isSaveTemp, serialize } from './safe-save';


export interface WatcherOptions {
  /** Quiet time before a path is re-read; editors often write a file in several steps. */
  debounceMs?: number;
  /** How long a delete waits for an add of the same content (and the other way round). */
  renameWindowMs?: number;
  onError?: (error: unknown) => void;
}

/** How long an announced own write is remembered; its watcher events arrive well within it. */
const OWN_WRITE_TTL_MS = 5000;

/**
 * Writes Postdesk is about to make: a path and the hash it will hold afterwards (null: the path
 * will be gone). The watcher stays silent when the disk matches one of them.
 */
export class OwnWrites {
  private readonly expected = new Map<string, { hash: string | null; until: number }>();

  note(relPath: string, hash: string | null): void {
    this.expected.set(relPath, { hash, until: Date.now() + OWN_WRITE_TTL_MS });
  }

  matches(relPath: string, hash: string | null): boolean {
    const entry = this.expected.get(relPath);
    if (!entry) return false;
    if (entry.until < Date.now()) {
      this.expected.delete(relPath);
      return false;
    }
    return entry.hash === hash;
  }
}

interface Held {
  hash: string;
  timer: NodeJS.Timeout;
  emit: () => void;
}

export class WorkspaceWatcher {
  private readonly debounced = new Map<string, NodeJS.Timeout>();
  private readonly heldRemovals = new Map<string, Held>();
  private readonly heldAdds = new Map<string, Held>();
  private inFlight = 0;
  private closed = false;

  private constructor(
    private readonly index: PostIndex,
    private readonly ownWrites: OwnWrites,
    private readonly listener: (change: PostChange) => void,
    private readonly options: Required<Omit<WatcherOptions, 'onError'>> & Pick<WatcherOptions, 'onError'>,
    private readonly chokidar: FSWatcher,
  ) {}

  /** Starts watching `index.root`; resolves once the initial scan of the watcher is done. */
  static async start(index: PostIndex, ownWrites: OwnWrites, listener: (change: PostChange) => void, options: WatcherOptions = {}): Promise<WorkspaceWatcher> {
    const { conventions, root } = index;
    const relOf = (p: string) => path.relative(root, p).split(path.sep).join('/');
    const ignored = (p: string, stats?: Stats) => {
      const rel = relOf(p);
      if (rel === '') return false;
      if (isSaveTemp(path.basename(p))) return true;
      if (stats?.isDirectory()) return !conventions.entersDir(rel);
      if (stats?.isFile()) return !conventions.isPost(rel, new Set());
      return !conventions.entersDir(rel) && !conventions.isPost(rel, new Set());
    };
    const chokidar = watch(root, { ignoreInitial: true, followSymlinks: false, ignored });
    const self = new WorkspaceWatcher(index, ownWrites, listener, { debounceMs: 5, renameWindowMs: 150, ...options }, chokidar);
    for (const event of ['add', 'change', 'unlink'] as const) chokidar.on(event, (p: string) => self.schedule(relOf(p)));
    chokidar.on('error', (error) => options.onError?.(error));
    await new Promise<void>((resolve) => chokidar.once('ready', () => resolve()));
    return self;
  }

  /** True when no event is waiting to be read or paired (tests and the benchmark wait on it). */
  get idle(): boolean {
    return this.debounced.size === 0 && this.inFlight === 0 && this.heldAdds.size === 0 && this.heldRemovals.size === 0;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.debounced.values()) clearTimeout(timer);
    for (const held of [...this.heldAdds.values(), ...this.heldRemovals.values()]) clearTimeout(held.timer);
    this.debounced.clear();
    this.heldAdds.clear();
    this.heldRemovals.clear();
    await this.chokidar.close();
  }

  private schedule(relPath: string): void {
    if (this.closed) return;
    clearTimeout(this.debounced.get(relPath));
    this.debounced.set(
      relPath,
      setTimeout(() => {
        this.debounced.delete(relPath);
        this.inFlight++;
        serialize(`watch:${this.index.root}:${relPath}`, () => this.index.refresh(relPath))
          .then((change) => this.report(relPath, change))
          .catch((error: unknown) => this.options.onError?.(error))
          .finally(() => this.inFlight--);
      }, this.options.debounceMs),
    );
  }

  private report(relPath: string, change: IndexChange): void {
    if (this.closed) return;
    switch (change.type) {
      case 'unchanged':
        return;
      case 'changed': {
        if (this.ownWrites.matches(relPath, change.entry.version.hash)) return;
        this.listener({ type: 'changed', path: relPath, summary: change.entry.summary, version: change.entry.version });
        return;
      }
      case 'added': {
        const { summary, version } = change.entry;
        if (this.ownWrites.matches(relPath, version.hash)) return;
        const replaced = this.heldRemovals.get(relPath);
        if (replaced) {
          // Deleted and written again (a non-atomic save by another program): one change.
          clearTimeout(replaced.timer);
          this.heldRemovals.delete(relPath);
          return this.listener({ type: 'changed', path: relPath, summary, version });
        }
        const from = this.takeHeld(this.heldRemovals, version.hash);
        if (from !== null) return this.listener({ type: 'renamed', from, to: relPath, summary, version });
        this.hold(this.heldAdds, relPath, version.hash, () => this.listener({ type: 'added', path: relPath, summary, version }));
        return;
      }
      case 'removed': {
        if (this.ownWrites.matches(relPath, null)) return;
        const hash = change.previous.version.hash;
        const to = this.takeHeld(this.heldAdds, hash);
        if (to !== null) {
          const entry = this.index.get(to);
          if (entry) this.listener({ type: 'renamed', from: relPath, to, summary: entry.summary, version: entry.version });
          return;
        }
        this.hold(this.heldRemovals, relPath, hash, () => this.listener({ type: 'removed', path: relPath }));
      }
    }
  }

  /** Keeps an add or a delete back for the rename window, then reports it on its own. */
  private hold(pool: Map<string, Held>, relPath: string, hash: string, emit: () => void): void {
    const previous = pool.get(relPath);
    if (previous) {
      clearTimeout(previous.timer);
      previous.emit();
    }
    const timer = setTimeout(() => {
      pool.delete(relPath);
      if (!this.closed) emit();
    }, this.options.renameWindowMs);
    pool.set(relPath, { hash, timer, emit });
  }

  /** The path of a held event with this content hash, removed from the pool; null if none. */
  private takeHeld(pool: Map<string, Held>, hash: string): string | null {
    for (const [relPath, held] of pool) {
      if (held.hash !== hash) continue;
      clearTimeout(held.timer);
      pool.delete(relPath);
      return relPath;
    }
    return null;
  }
}
