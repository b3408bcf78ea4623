/** The handler table: each IPC channel mapped to a service call. Imports no electron and no UI. */
import type { Channel, RequestOf, Responses } from '../shared/ipc';
import type { Workspace } from './services/workspace';

export type HandlerTable = { [C in Channel]: (request: RequestOf<C>) => Promise<Responses[C]> };

export function createHandlers(workspace: Workspace): HandlerTable {
  return {
    'workspace:info': async () => workspace.info(),
    'posts:list': async () => workspace.listPosts(),
    'posts:read': async ({ path }) => workspace.readPost(path),
    'posts:save': async ({ path, text, base }) => workspace.savePost(path, text, base),
  };
}
