/**
 * A worker thread that reads and summarizes posts for a cold index (see summarize-pool.ts). It
 * reads synchronously: nothing else runs on this thread, and the main thread stays free.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import type { FileVersion, PostSummary } from '../../shared/post';
import type { SiteKind } from '../../shared/site';
import { isMissing } from './errors';
import { versionOf } from './file-version';
import { summarizeBytes } from './summarize-bytes';

export interface SummarizeBatch {
  id: number;
  kind: SiteKind;
  items: { relPath: string; absolute: string }[];
}

/** A post's entry, or null when the file vanished since the scan. */
export type PooledEntry = { summary: PostSummary; version: FileVersion } | null;

function readEntry(relPath: string, absolute: string, kind: SiteKind): PooledEntry {
  let fd: number;
  try {
    fd = openSync(absolute, 'r');
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
  try {
    const stats = fstatSync(fd);
    const buffer = Buffer.allocUnsafe(stats.size);
    const bytes = buffer.subarray(0, readSync(fd, buffer, 0, stats.size, 0));
    return { summary: summarizeBytes(relPath, bytes, kind), version: versionOf(bytes, stats) };
  } finally {
    closeSync(fd);
  }
}

parentPort?.on('message', ({ id, kind, items }: SummarizeBatch) => {
  parentPort?.postMessage({ id, entries: items.map((item) => readEntry(item.relPath, item.absolute, kind)) });
});
