/** Helpers for the services' tests: real temporary folders and waiting on conditions (no fixed sleeps). */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export interface TempFolder {
  dir: string;
  /** Writes files given as workspace-relative path -> text, creating folders. */
  write(files: Record<string, string>): Promise<void>;
  remove(): Promise<void>;
}

export async function tempFolder(prefix = 'postdesk-'): Promise<TempFolder> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  return {
    dir,
    async write(files) {
      for (const [rel, text] of Object.entries(files)) {
        const absolute = path.join(dir, rel);
        await mkdir(path.dirname(absolute), { recursive: true });
        await writeFile(absolute, text);
      }
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/** Polls `condition` until it returns a truthy value, or fails after `timeoutMs`. */
export async function waitFor<T>(condition: () => T | Promise<T>, timeoutMs = 5000, what = 'condition'): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await condition();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A post file with YAML front matter. */
export function post(fields: Record<string, string>, body = 'Some words here.\n'): string {
  return `---\n${Object.entries(fields).map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n${body}`;
}
