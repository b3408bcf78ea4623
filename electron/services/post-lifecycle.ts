/**
 * A post's life: created from a title as a draft, renamed (optionally after its title and date),
 * published, and deleted to the OS trash. Every step names files the way the site's engine
 * expects, never overwrites an existing file, and keeps the index current.
 */
import { mkdir, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { dateValue } from '../../shared/frontmatter/dates';
import type { FrontMatterValue } from '../../shared/frontmatter/value';
import type { CreatedPost, PostSummary } from '../../shared/post';
import { confinePath } from './confine-path';
import { ServiceError } from './errors';
import { hashOf } from './file-version';
import { decodeUtf8 } from './utf8';
import type { PostIndex } from './post-index';
import { writeFileAtomic } from './safe-save';
import { isoDay, type SiteConventions } from './site-conventions';
import { slugify } from './slug';
import type { OwnWrites } from './workspace-watcher';

/** Moves a file to the OS trash; main passes Electron's `shell.trashItem`, tests a fake. */
export interface Trash {
  trash(absPath: string): Promise<void>;
}

/** Sets one front-matter field losslessly (the `shared/frontmatter` editor). */
export type SetField = (text: string, key: string, value: FrontMatterValue) => string;

export interface LifecycleContext {
  root: string;
  conventions: SiteConventions;
  index: PostIndex;
  ownWrites: OwnWrites;
}


const encoder = new TextEncoder();
const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');

/** Local date-time with offset, in the style each engine's own generator writes. */
function dateTimeText(date: Date, kind: SiteConventions['kind']): string {
  const offsetMinutes = -date.getTimezoneOffset();
  const sign = offsetMinutes < 0 ? '-' : '+';
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
  const hh = pad(Math.trunc(offsetMinutes / 60));
  const mm = pad(offsetMinutes % 60);
  if (kind === 'jekyll') return `${isoDay(date)} ${time} ${sign}${hh}${mm}`;
  if (kind === 'hexo') return `${isoDay(date)} ${time}`;
  return `${isoDay(date)}T${time}${sign}${hh}:${mm}`;
}

/** The text of a new post. Kinds whose drafts are marked by folder get no `draft` key. */
export function newPostText(title: string, date: Date, conventions: SiteConventions): string {
  const draftByFolder = conventions.isDraftPath(conventions.newPostPath('x', date));
  const lines = ['---', `title: ${JSON.stringify(title)}`];
  if (!draftByFolder) lines.push(`date: ${dateTimeText(date, conventions.kind)}`, 'draft: true');
  lines.push('tags: []', '---', '', '');
  return lines.join('\n');
}

function withSuffix(relPath: string, n: number): string {
  const ext = path.posix.extname(relPath);
  return `${relPath.slice(0, relPath.length - ext.length)}-${n}${ext}`;
}

async function exists(absolute: string): Promise<boolean> {
  return stat(absolute).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw error;
    },
  );
}

/** Writes a new file, failing rather than replacing one that appeared meanwhile. */
async function createExclusive(absolute: string, bytes: Uint8Array): Promise<void> {
  await mkdir(path.dirname(absolute), { recursive: true });
  const handle = await open(absolute, 'wx', 0o644);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Creates a draft from a title at the site's place for new posts; `-2`, `-3`… when the name is taken. */
export async function createPost(ctx: LifecycleContext, title: string, now = new Date()): Promise<CreatedPost> {
  const text = newPostText(title, now, ctx.conventions);
  const bytes = encoder.encode(text);
  const first = ctx.conventions.newPostPath(slugify(title), now);
  for (let n = 1; n < 1000; n++) {
    const rel = n === 1 ? first : withSuffix(first, n);
    const absolute = await confinePath(ctx.root, rel);
    ctx.ownWrites.note(rel, hashOf(bytes));
    try {
      await createExclusive(absolute, bytes);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw error;
    }
    ctx.index.record(rel, bytes, await stat(absolute));
    const entry = ctx.index.get(rel);
    if (!entry) throw new ServiceError('not-a-post', `${rel} is not where ${ctx.conventions.kind} reads posts`);
    return { path: rel, text, version: entry.version, summary: entry.summary };
  }
  throw new ServiceError('exists', `Every file name for ${JSON.stringify(title)} is taken`);
}

/** The path the post would have if its file name followed its title and date; null when it already does. */
/** Only Hugo's leaf bundles move as a folder: elsewhere an `index.md` shares its folder with other posts. */
function isBundle(ctx: LifecycleContext, relPath: string): boolean {
  return ctx.conventions.kind === 'hugo' && /^index\./.test(path.posix.basename(relPath)) && path.posix.dirname(relPath) !== '.';
}

export function pathFollowingTitle(ctx: LifecycleContext, relPath: string): string | null {
  const entry = ctx.index.get(relPath);
  if (!entry) throw new ServiceError('not-found', `${relPath} is not in the index`);
  const { title, date } = entry.summary;
  const day = date && /^\d{4}-\d{1,2}-\d{1,2}/.test(date) ? new Date(`${date.slice(0, 10)}T12:00:00`) : null;
  const slug = slugify(title);
  const dir = path.posix.dirname(relPath);
  const base = path.posix.basename(relPath);
  // A Hugo page bundle is named by its folder, not its `index.md`.
  const target = isBundle(ctx, relPath)
    ? path.posix.join(path.posix.dirname(dir), slug, base)
    : path.posix.join(dir, ctx.conventions.fileNameFor(relPath, slug, day && !Number.isNaN(day.getTime()) ? day : null));
  return target === relPath ? null : target;
}

/** Renames a post (or its page bundle) without replacing anything; the new name must still be a post. */
export async function renamePost(ctx: LifecycleContext, from: string, to: string): Promise<PostSummary> {
  const source = await confinePath(ctx.root, from);
  const target = await confinePath(ctx.root, to);
  const entry = ctx.index.get(from);
  if (!entry) throw new ServiceError('not-found', `${from} is not in the index`);
  const bundle = isBundle(ctx, from) && path.basename(from) === path.basename(to) && path.dirname(from) !== path.dirname(to);
  const [moveFrom, moveTo] = bundle ? [path.dirname(source), path.dirname(target)] : [source, target];
  if (await exists(moveTo)) throw new ServiceError('exists', `${to} already exists`);
  ctx.ownWrites.note(from, null);
  ctx.ownWrites.note(to, entry.version.hash);
  await mkdir(path.dirname(moveTo), { recursive: true });
  await rename(moveFrom, moveTo);
  ctx.index.remove(from);
  const change = await ctx.index.refresh(to);
  if (change.type !== 'added' && change.type !== 'changed') {
    await rename(moveTo, moveFrom);
    await ctx.index.refresh(from);
    throw new ServiceError('not-a-post', `${to} is not where ${ctx.conventions.kind} reads posts; the post was not renamed`);
  }
  return change.entry.summary;
}

/**
 * Publishes a draft: Jekyll and Hexo move it from `_drafts` to `_posts` (Jekyll with the date in
 * the file name) and stamp the date; the other engines set `draft: false`.
 */
export async function publishPost(ctx: LifecycleContext, relPath: string, setField: SetField, now = new Date()): Promise<PostSummary> {
  const absolute = await confinePath(ctx.root, relPath);
  const entry = ctx.index.get(relPath);
  if (!entry) throw new ServiceError('not-found', `${relPath} is not in the index`);
  if (!entry.summary.draft) throw new ServiceError('not-a-draft', `${relPath} is already published`);
  const destination = ctx.conventions.publishedPath(relPath, now);
  const text = decodeUtf8(await readFile(absolute), relPath);
  let stamped: string;
  try {
    stamped = destination ? setField(text, 'date', dateValue({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() }, null)) : setField(text, 'draft', false);
  } catch (error) {
    throw new ServiceError('front-matter', `Cannot publish ${relPath}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const bytes = encoder.encode(stamped);
  if (!destination) {
    ctx.ownWrites.note(relPath, hashOf(bytes));
    await writeFileAtomic(absolute, bytes);
    ctx.index.record(relPath, bytes, await stat(absolute));
    return (ctx.index.get(relPath) as { summary: PostSummary }).summary;
  }
  const target = await confinePath(ctx.root, destination);
  ctx.ownWrites.note(destination, hashOf(bytes));
  ctx.ownWrites.note(relPath, null);
  // The draft is removed only once the published copy is complete on disk.
  await createExclusive(target, bytes).catch((error: NodeJS.ErrnoException) => {
    throw error.code === 'EEXIST' ? new ServiceError('exists', `${destination} already exists`) : error;
  });
  await unlink(absolute);
  ctx.index.remove(relPath);
  ctx.index.record(destination, bytes, await stat(target));
  return (ctx.index.get(destination) as { summary: PostSummary }).summary;
}

/** Moves a post file to the OS trash. */
export async function trashPost(ctx: LifecycleContext, relPath: string, trash: Trash): Promise<void> {
  const absolute = await confinePath(ctx.root, relPath);
  if (!ctx.index.get(relPath)) throw new ServiceError('not-found', `${relPath} is not in the index`);
  ctx.ownWrites.note(relPath, null);
  await trash.trash(absolute);
  ctx.index.remove(relPath);
}
