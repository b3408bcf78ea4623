/**
 * One open workspace: the folder, its site kind, its posts. Every path from the renderer goes
 * through `confinePath`; every write goes through the atomic, conflict-checked save.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { SaveResult } from '../../shared/ipc';
import type { FileVersion, PostFile, PostSummary } from '../../shared/post';
import type { SiteKind, WorkspaceInfo } from '../../shared/site';
import { confinePath } from './confine-path';
import { sameContent, versionOf } from './file-version';
import { scanPostPaths } from './post-scan';
import { summarizePost } from './post-summary';
import { serialize, writeFileAtomic } from './safe-save';
import { detectSiteKind } from './site-detect';

export interface WorkspaceOptions {
  /** URL prefix the renderer loads workspace files from (the asset protocol, or the e2e server). */
  assetBase: string;
}

export class Workspace {
  private constructor(
    readonly root: string,
    readonly kind: SiteKind,
    private readonly options: WorkspaceOptions,
  ) {}

  static async open(folder: string, options: WorkspaceOptions): Promise<Workspace> {
    const root = await realpath(folder);
    if (!(await stat(root)).isDirectory()) throw new Error(`${folder} is not a folder`);
    return new Workspace(root, await detectSiteKind(root), options);
  }

  info(): WorkspaceInfo {
    return { root: this.root, name: path.basename(this.root), kind: this.kind, assetBase: this.options.assetBase };
  }

  async listPosts(): Promise<PostSummary[]> {
    const paths = await scanPostPaths(this.root, this.kind);
    return Promise.all(paths.map(async (rel) => summarizePost(rel, await readFile(path.join(this.root, rel), 'utf8'))));
  }

  async readPost(relPath: string): Promise<PostFile> {
    const absolute = await confinePath(this.root, relPath);
    const bytes = await readFile(absolute);
    return { path: relPath, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), version: versionOf(bytes, await stat(absolute)) };
  }

  /** Writes `text` only if the file on disk is still the one the editor loaded (`base`). */
  async savePost(relPath: string, text: string, base: FileVersion): Promise<SaveResult> {
    const absolute = await confinePath(this.root, relPath);
    return serialize(absolute, async () => {
      const disk = await this.readPost(relPath).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return null;
        throw error;
      });
      if (!disk || !sameContent(disk.version, base)) return { status: 'conflict', disk };
      const bytes = new TextEncoder().encode(text);
      await writeFileAtomic(absolute, bytes);
      return { status: 'saved', version: versionOf(bytes, await stat(absolute)) };
    });
  }
}
