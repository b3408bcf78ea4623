/**
 * Reading and summarizing every post is most of a cold index: worker threads share it, so a first
 * start uses every core. Wherever workers cannot start, the index does the work on its own thread
 * (`start` returns null).
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SiteKind } from '../../shared/site';
import type { PooledEntry, SummarizeBatch } from './summarize-worker';

/** Under this many posts, starting threads costs more than it saves. */
export const POOL_THRESHOLD = 2000;
const BATCH = 50;

/**
 * The worker's code: in the built app `summarize-worker.js` beside the bundle (electron-vite builds
 * it as its own entry); from sources (tests, `tsx`) the TypeScript file, loaded through tsx.
 */
function workerSource(): { code: string; eval: boolean } | null {
  const self = import.meta.url;
  if (self.endsWith('.ts')) {
    const url = new URL('./summarize-worker.ts', self).href;
    return { code: `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url)}); });`, eval: true };
  }
  const built = [new URL('./summarize-worker.js', self), new URL('../summarize-worker.js', self)].map((url) => fileURLToPath(url)).find((file) => existsSync(file));
  return built ? { code: built, eval: false } : null;
}

export class SummarizePool {
  private next = 0;
  private readonly pending = new Map<number, { resolve: (entries: PooledEntry[]) => void; reject: (error: unknown) => void }>();

  private constructor(private readonly workers: Worker[]) {
    for (const worker of workers) {
      worker.on('message', ({ id, entries }: { id: number; entries: PooledEntry[] }) => {
        this.pending.get(id)?.resolve(entries);
        this.pending.delete(id);
      });
      worker.on('error', (error) => {
        for (const { reject } of this.pending.values()) reject(error);
        this.pending.clear();
      });
    }
  }

  /** A pool of one worker per spare core, or null where threads are not worth it or cannot start. */
  static start(): SummarizePool | null {
    const size = Math.min(4, availableParallelism());
    const source = workerSource();
    if (size < 2 || !source) return null;
    try {
      return new SummarizePool(Array.from({ length: size }, () => new Worker(source.code, { eval: source.eval })));
    } catch {
      return null;
    }
  }

  private queued: SummarizeBatch['items'] = [];
  private readonly sent: Promise<[string, PooledEntry][]>[] = [];

  /** Queues a post; full batches go to the workers while the caller goes on with the scan. */
  add(kind: SiteKind, relPath: string, absolute: string): void {
    this.queued.push({ relPath, absolute });
    if (this.queued.length >= BATCH) this.send(kind);
  }

  /** Every queued post's entry by path (null: the file vanished since the scan). */
  async results(kind: SiteKind): Promise<Map<string, PooledEntry>> {
    this.send(kind);
    return new Map((await Promise.all(this.sent)).flat());
  }

  private send(kind: SiteKind): void {
    if (this.queued.length === 0) return;
    const id = this.next++;
    const batch: SummarizeBatch = { id, kind, items: this.queued };
    this.queued = [];
    const worker = this.workers[id % this.workers.length] as Worker;
    this.sent.push(
      new Promise<PooledEntry[]>((resolve, reject) => {
        this.pending.set(id, { resolve, reject });
        worker.postMessage(batch);
      }).then((entries) => batch.items.map((item, i): [string, PooledEntry] => [item.relPath, entries[i] ?? null])),
    );
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
