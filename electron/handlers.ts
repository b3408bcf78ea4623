/** The handler table: each IPC channel mapped to a service call. Imports no electron and no UI. */
import type { Channel, RequestOf, Responses } from '../shared/ipc';
import type { WorkspaceInfo } from '../shared/site';
import { ServiceError } from './services/errors';
import { TaxonomyService } from './services/taxonomy-service';
import type { Workspace } from './services/workspace';

export type HandlerTable = { [C in Channel]: (request: RequestOf<C>) => Promise<Responses[C]> };

/** What only the application (main, or the e2e host) can do: folders are chosen by the user, not the renderer. */
export interface AppHost {
  recentFolders(): Promise<string[]>;
  /** Opens `folder` if it is a recent one, or asks the user when null; resolves null if cancelled. */
  openFolder(folder: string | null): Promise<WorkspaceInfo | null>;
  /** Whether the window holds unsaved edits, so closing it can ask first. */
  setEdited(edited: boolean): void;
}

/** A host with no folders to offer, for the CLI and tests that open one workspace. */
export const SINGLE_WORKSPACE: AppHost = {
  recentFolders: async () => [],
  openFolder: async () => {
    throw new ServiceError('unsupported', 'This window cannot open other folders');
  },
  setEdited: () => undefined,
};

function decodeBase64(data: string): Uint8Array {
  return new Uint8Array(Buffer.from(data, 'base64'));
}

export function createHandlers(workspace: Workspace, host: AppHost = SINGLE_WORKSPACE): HandlerTable {
  const taxonomy = new TaxonomyService(workspace);
  return {
    'workspace:info': async () => workspace.info(),
    'workspace:recent': () => host.recentFolders(),
    'workspace:open': ({ folder }) => host.openFolder(folder),
    'window:setEdited': async ({ edited }) => (host.setEdited(edited), null),
    'posts:list': () => workspace.listPosts(),
    'posts:read': ({ path }) => workspace.readPost(path),
    'posts:search': ({ query }) => workspace.searchPosts(query),
    'posts:save': ({ path, text, base }) => workspace.savePost(path, text, base, { fromEditor: true }),
    'taxonomy:counts': () => taxonomy.counts(),
    'taxonomy:plan': ({ operation }) => taxonomy.plan(operation),
    'taxonomy:apply': ({ planId }) => taxonomy.apply(planId),
    'taxonomy:undo': ({ undoId }) => taxonomy.undo(undoId),
    'posts:create': ({ title }) => workspace.createPost(title),
    'posts:suggestPath': ({ path }) => workspace.suggestPath(path),
    'posts:rename': ({ from, to }) => workspace.renamePost(from, to),
    'posts:publish': ({ path }) => workspace.publishPost(path),
    'posts:trash': async ({ path }) => (await workspace.trashPost(path), null),
    'recovery:list': () => workspace.listRecoverable(),
    'recovery:journal': async ({ path, text, base }) => (await workspace.journalEdit(path, text, base), null),
    'recovery:discard': async ({ path }) => (await workspace.discardEdit(path), null),
    'assets:save': ({ postPath, fileName, mimeType, dataBase64 }) => workspace.saveAsset(postPath, fileName, mimeType, decodeBase64(dataBase64)),
  };
}
