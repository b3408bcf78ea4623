/**
 * Atomic save: write a temporary file beside the target, fsync it, rename it over the target.
 * The target therefore always holds either the old or the new bytes. The file mode is kept, and
 * saves to one path are serialized.
 */
import { open, realpath, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

/** Prefix of temporary files, so stray ones from an interrupted save can be recognized and removed. */
export const TEMP_PREFIX = '.postdesk-save-';

/** Test seam: called between the steps of a save, so fault-injection tests can stop there. */
export type SaveStep = 'temp-written' | 'temp-synced' | 'before-rename' | 'renamed';

const queues = new Map<string, Promise<unknown>>();

/** Runs `task` after every earlier task for the same key has settled. */
export function serialize<T>(key: string, task: () => Promise<T>): Promise<T> {
  const previous = queues.get(key) ?? Promise.resolve();
  const next = previous.then(task, task);
  const tail = next.catch(() => undefined);
  queues.set(key, tail);
  void tail.then(() => {
    if (queues.get(key) === tail) queues.delete(key);
  });
  return next;
}

export async function writeFileAtomic(requested: string, bytes: Uint8Array, onStep?: (step: SaveStep) => void | Promise<void>): Promise<void> {
  // Replace what a symbolic link points to, not the link itself.
  const target = await realpath(requested).catch(() => requested);
  let mode: number | undefined;
  try {
    mode = (await stat(target)).mode & 0o7777;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const temp = path.join(path.dirname(target), `${TEMP_PREFIX}${path.basename(target)}.${randomBytes(6).toString('hex')}`);
  const handle = await open(temp, 'wx', mode ?? 0o644);
  try {
    await handle.writeFile(bytes);
    await onStep?.('temp-written');
    if (mode !== undefined) await handle.chmod(mode);
    await handle.sync();
    await onStep?.('temp-synced');
  } catch (error) {
    await handle.close();
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await handle.close();
  try {
    await onStep?.('before-rename');
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await onStep?.('renamed');
}

/** Whether a file name is one of our temporary files (the watcher ignores them, open removes them). */
export function isSaveTemp(name: string): boolean {
  return name.startsWith(TEMP_PREFIX);
}

