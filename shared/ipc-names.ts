/**
 * The names on the wire, apart from their schemas: the preload needs only these, so it bundles no
 * validator. `shared/ipc.ts` checks at compile time that schemas and types cover exactly these.
 */

export const channelNames = [
  'workspace:info',
  'workspace:recent',
  'workspace:open',
  'window:setEdited',
  'posts:list',
  'posts:read',
  'posts:search',
  'posts:save',
  'taxonomy:counts',
  'taxonomy:plan',
  'taxonomy:apply',
  'taxonomy:undo',
  'posts:create',
  'posts:suggestPath',
  'posts:rename',
  'posts:publish',
  'posts:trash',
  'recovery:list',
  'recovery:journal',
  'recovery:discard',
  'assets:save',
] as const;

export type Channel = (typeof channelNames)[number];

export const eventNames = ['onDidChangePosts', 'onDidRequestCommand', 'onDidRequestOpenFolder'] as const;

export type EventName = (typeof eventNames)[number];

/** `posts:read` -> `postsRead`: the method name a channel gets on `window.postdesk`. */
export type MethodName<C extends string> = C extends `${infer D}:${infer V}` ? `${D}${Capitalize<V>}` : never;

export function methodName<C extends Channel>(channel: C): MethodName<C> {
  const [domain = '', verb = ''] = channel.split(':');
  return `${domain}${verb.charAt(0).toUpperCase()}${verb.slice(1)}` as MethodName<C>;
}
