/**
 * The app's one open workspace and the folder switching around it, free of Electron so tests can
 * drive it: main supplies the dialog, the trash, the window reload and the event sender.
 */
import type { PostChange } from '../shared/post';
import type { WorkspaceInfo } from '../shared/site';
import { createHandlers, type AppHost, type HandlerTable } from './handlers';
import { ServiceError } from './services/errors';
import type { Trash } from './services/post-lifecycle';
import { RecentFolders } from './services/recent-folders';
import { Workspace } from './services/workspace';

export interface SessionEnvironment {
  userDataDir: string;
  assetBase: string;
  trash: Trash;
  /** Asks the user for a folder; null when cancelled. */
  chooseFolder(): Promise<string | null>;
  /** Sends a watcher change to the window. */
  sendChange(change: PostChange): void;
  /** Called after another workspace was opened, so the window starts over on it. */
  didSwitch(info: WorkspaceInfo): void;
  /** The window has (or no longer has) unsaved edits. */
  setEdited(edited: boolean): void;
  onWatchError(error: unknown): void;
}

export class AppSession implements AppHost {
  private workspace: Workspace | null = null;
  private table: HandlerTable | null = null;
  private readonly recent: RecentFolders;

  constructor(private readonly env: SessionEnvironment) {
    this.recent = new RecentFolders(env.userDataDir);
  }

  get handlers(): HandlerTable {
    if (!this.table) throw new ServiceError('no-workspace', 'No workspace is open');
    return this.table;
  }

  /** Opens `folder`, closing the previous workspace only once the new one opened. */
  async open(folder: string): Promise<WorkspaceInfo> {
    const next = await Workspace.open(folder, { assetBase: this.env.assetBase, userDataDir: this.env.userDataDir, trash: this.env.trash });
    await next.watch((change) => this.env.sendChange(change), { onError: (error) => this.env.onWatchError(error) });
    const previous = this.workspace;
    this.workspace = next;
    this.table = createHandlers(next, this);
    await previous?.close();
    await this.recent.add(next.root);
    return next.info();
  }

  recentFolders(): Promise<string[]> {
    return this.recent.list();
  }

  async openFolder(folder: string | null): Promise<WorkspaceInfo | null> {
    if (folder !== null && !(await this.recent.list()).includes(folder)) {
      throw new ServiceError('not-recent', `${folder} is not one of the recent folders`);
    }
    const chosen = folder ?? (await this.env.chooseFolder());
    if (chosen === null) return null;
    const info = await this.open(chosen);
    this.env.didSwitch(info);
    return info;
  }

  setEdited(edited: boolean): void {
    this.env.setEdited(edited);
  }

  async close(): Promise<void> {
    await this.workspace?.close();
    this.workspace = null;
    this.table = null;
  }
}
