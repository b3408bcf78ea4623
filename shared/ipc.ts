/**
 * The one IPC contract between the main process and the renderer.
 *
 * A channel is named `domain:verb`; its request is validated at runtime in main with the schema
 * here (the renderer is not trusted), and `Responses` types what it resolves to. The preload and
 * the e2e host both build `window.postdesk` from `channelNames` and `eventNames`, one method per
 * channel, so adding a channel here is the only step besides its handler.
 */
import { z } from 'zod';
import type { FileVersion, PostFile, PostSummary } from './post';
import type { WorkspaceInfo } from './site';
import { taxonomyOperationSchema, type TaxonomyApplyResult, type TaxonomyCounts, type TaxonomyPlan, type TaxonomyUndoResult } from './taxonomy';

/** A workspace-relative path as the renderer sends it; confinement is checked in main. */
const relativePath = z.string().min(1).max(4096);

const fileVersion = z
  .object({ size: z.number().int().nonnegative(), mtimeMs: z.number().nonnegative(), hash: z.string().regex(/^[0-9a-f]{64}$/) })
  .strict();

export const requestSchemas = {
  'workspace:info': z.object({}).strict(),
  'posts:list': z.object({}).strict(),
  'posts:read': z.object({ path: relativePath }).strict(),
  'posts:save': z.object({ path: relativePath, text: z.string(), base: fileVersion }).strict(),
  'taxonomy:counts': z.object({}).strict(),
  'taxonomy:plan': z.object({ operation: taxonomyOperationSchema }).strict(),
  'taxonomy:apply': z.object({ planId: z.string().min(1).max(100) }).strict(),
  'taxonomy:undo': z.object({ undoId: z.string().min(1).max(100) }).strict(),
} as const;

export type Channel = keyof typeof requestSchemas;
export type RequestOf<C extends Channel> = z.infer<(typeof requestSchemas)[C]>;

export type SaveResult =
  | { status: 'saved'; version: FileVersion }
  /** The file changed on disk since it was loaded: nothing was written. `disk` is null if it was deleted. */
  | { status: 'conflict'; disk: PostFile | null };

export interface Responses {
  'workspace:info': WorkspaceInfo;
  'posts:list': PostSummary[];
  'posts:read': PostFile;
  'posts:save': SaveResult;
  'taxonomy:counts': TaxonomyCounts;
  'taxonomy:plan': TaxonomyPlan;
  'taxonomy:apply': TaxonomyApplyResult;
  'taxonomy:undo': TaxonomyUndoResult;
}

/** Events main pushes to the renderer. */
export interface Events {
  onDidChangePosts: { changed: string[]; removed: string[] };
  /** A menu item or global shortcut asks the renderer to act on the open post. */
  onDidRequestCommand: { command: AppCommand };
}

/** Commands the application menu sends to the renderer. */
export type AppCommand = 'save' | 'toggle-sidebar' | 'toggle-preview' | 'toggle-panel' | 'find-post';

export const channelNames = Object.keys(requestSchemas) as Channel[];
export const eventNames: (keyof Events)[] = ['onDidChangePosts', 'onDidRequestCommand'];

/** What crosses the wire: handlers never throw across IPC, they answer with an envelope. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

/** `posts:read` -> `postsRead`: the method name a channel gets on `window.postdesk`. */
export type MethodName<C extends string> = C extends `${infer D}:${infer V}` ? `${D}${Capitalize<V>}` : never;

export function methodName<C extends Channel>(channel: C): MethodName<C> {
  const [domain = '', verb = ''] = channel.split(':');
  return `${domain}${verb.charAt(0).toUpperCase()}${verb.slice(1)}` as MethodName<C>;
}

export type PostdeskApi = {
  [C in Channel as MethodName<C>]: (request: RequestOf<C>) => Promise<Responses[C]>;
} & {
  [E in keyof Events]: (listener: (event: Events[E]) => void) => () => void;
};
