/**
 * The one IPC contract between the main process and the renderer.
 *
 * A channel is named `domain:verb`; its request is validated at runtime in main with the schema
 * here (the renderer is not trusted), and `Responses` types what it resolves to. The preload and
 * the e2e host both build `window.postdesk` from `channelNames` and `eventNames`, one method per
 * channel, so adding a channel here is the only step besides its handler.
 */
import { z } from 'zod';
import type { Channel, EventName, MethodName } from './ipc-names';

export { channelNames, eventNames, methodName, type Channel, type EventName, type MethodName } from './ipc-names';
import type { CreatedPost, FileVersion, PostChange, PostFile, PostSummary, RecoverableEdit } from './post';
import type { WorkspaceInfo } from './site';
import { taxonomyOperationSchema, type TaxonomyApplyResult, type TaxonomyCounts, type TaxonomyPlan, type TaxonomyUndoResult } from './taxonomy';

/** A workspace-relative path as the renderer sends it; confinement is checked in main. */
const relativePath = z.string().min(1).max(4096);

const fileVersion = z
  .object({ size: z.number().int().nonnegative(), mtimeMs: z.number().nonnegative(), hash: z.string().regex(/^[0-9a-f]{64}$/) })
  .strict();

const pathOnly = z.object({ path: relativePath }).strict();
const nothing = z.object({}).strict();

export const requestSchemas = {
  'workspace:info': nothing,
  'workspace:recent': nothing,
  /** Opens a folder from the recent list (main refuses any other folder), or asks the user to choose one. */
  'workspace:open': z.object({ folder: z.string().min(1).max(4096).nullable() }).strict(),
  /** The open post has edits that are not on disk (main asks before closing the window). */
  'window:setEdited': z.object({ edited: z.boolean() }).strict(),
  'posts:list': nothing,
  'posts:read': pathOnly,
  /** Paths of the posts whose text contains every word of the query. */
  'posts:search': z.object({ query: z.string().max(1000) }).strict(),
  /** `base` is the version the text was loaded from; null writes only a file that does not exist. */
  'posts:save': z.object({ path: relativePath, text: z.string(), base: fileVersion.nullable() }).strict(),
  'taxonomy:counts': nothing,
  'taxonomy:plan': z.object({ operation: taxonomyOperationSchema }).strict(),
  'taxonomy:apply': z.object({ planId: z.string().min(1).max(100) }).strict(),
  'taxonomy:undo': z.object({ undoId: z.string().min(1).max(100) }).strict(),
  'posts:create': z.object({ title: z.string().trim().min(1).max(500) }).strict(),
  'posts:suggestPath': pathOnly,
  'posts:rename': z.object({ from: relativePath, to: relativePath }).strict(),
  'posts:publish': pathOnly,
  'posts:trash': pathOnly,
  'recovery:list': nothing,
  'recovery:journal': z.object({ path: relativePath, text: z.string(), base: fileVersion.nullable() }).strict(),
  'recovery:discard': pathOnly,
  /** An image pasted or dropped into a post, stored in the site's asset folder. */
  'assets:save': z
    .object({ postPath: relativePath, fileName: z.string().min(1).max(255), mimeType: z.string().regex(/^image\/[a-z0-9.+-]+$/), dataBase64: z.string().max(67_000_000) })
    .strict(),
} satisfies Record<Channel, z.ZodType>;

export type RequestOf<C extends Channel> = z.infer<(typeof requestSchemas)[C]>;

export type SaveResult =
  | { status: 'saved'; version: FileVersion }
  /** The file changed on disk since it was loaded: nothing was written. `disk` is null if it was deleted. */
  | { status: 'conflict'; disk: PostFile | null };

export interface SavedAsset {
  /** Workspace-relative path of the stored file. */
  path: string;
  /** The URL to write in the post's Markdown, as the site will serve it. */
  markdownUrl: string;
}

export interface Responses {
  'workspace:info': WorkspaceInfo;
  'workspace:recent': string[];
  /** The opened workspace (the window then reloads), or null when the user cancelled. */
  'workspace:open': WorkspaceInfo | null;
  'window:setEdited': null;
  'posts:list': PostSummary[];
  'posts:read': PostFile;
  'posts:search': string[];
  'posts:save': SaveResult;
  'taxonomy:counts': TaxonomyCounts;
  'taxonomy:plan': TaxonomyPlan;
  'taxonomy:apply': TaxonomyApplyResult;
  'taxonomy:undo': TaxonomyUndoResult;
  'posts:create': CreatedPost;
  /** Where the file would go if its name followed its title and date; null when it already does. */
  'posts:suggestPath': string | null;
  'posts:rename': PostSummary;
  'posts:publish': PostSummary;
  'posts:trash': null;
  'recovery:list': RecoverableEdit[];
  'recovery:journal': null;
  'recovery:discard': null;
  'assets:save': SavedAsset;
}

/** Events main pushes to the renderer. */
export interface Events {
  /** A post changed on disk (another program, git pull…); the list is already up to date in main. */
  onDidChangePosts: PostChange;
  /** A menu item or global shortcut asks the renderer to act on the open post. */
  onDidRequestCommand: { command: AppCommand };
  /**
   * The menu asks to open another folder (null: let the user choose). The renderer first settles
   * unsaved edits, then calls `workspaceOpen`; main never switches under the user's typing.
   */
  onDidRequestOpenFolder: { folder: string | null };
}

/** Commands the application menu sends to the renderer. */
export type AppCommand = 'save' | 'new-post' | 'toggle-sidebar' | 'toggle-preview' | 'toggle-panel';

// The event names and the Events map must list the same events.
const eventsCovered: Record<EventName, true> = { onDidChangePosts: true, onDidRequestCommand: true, onDidRequestOpenFolder: true } satisfies Record<keyof Events, true>;
void eventsCovered;

/** What crosses the wire: handlers never throw across IPC, they answer with an envelope. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };


export type PostdeskApi = {
  [C in Channel as MethodName<C>]: (request: RequestOf<C>) => Promise<Responses[C]>;
} & {
  [E in keyof Events]: (listener: (event: Events[E]) => void) => () => void;
};
