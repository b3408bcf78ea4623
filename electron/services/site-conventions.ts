/**
 * Where each blog engine keeps its posts and drafts, which files it builds as posts, how a new
 * post is named and where images go. The rules copy what the engines do (checked against
 * Jekyll 4.3 and Hugo 0.111), so the post list shows what the site will publish.
 */
import type { SiteKind } from '../../shared/site';

export interface SiteConventions {
  kind: SiteKind;
  /** Whether the scan descends into the folder at workspace-relative `relDir`. */
  entersDir(relDir: string): boolean;
  /**
   * Whether the file at `relPath` is a post (or draft) the engine builds. `siblings` holds the
   * names in its folder: a Hugo leaf bundle's `index.md` turns its other Markdown files into
   * resources.
   */
  isPost(relPath: string, siblings: ReadonlySet<string>): boolean;
  /** Whether a folder with these names keeps its subfolders' Markdown from being posts (Hugo leaf bundle). */
  isLeafFolder(names: ReadonlySet<string>): boolean;
  /** Whether the path alone marks the post as a draft (Jekyll and Hexo `_drafts`). */
  isDraftPath(relPath: string): boolean;
  /** Workspace-relative path of a new post (always created as a draft). */
  newPostPath(slug: string, date: Date): string;
  /** Where a draft goes when published; null when publishing only flips `draft` in the front matter. */
  publishedPath(relPath: string, date: Date): string | null;
  /** The file name a post would get from its title and date (rename "follow title and date"). */
  fileNameFor(relPath: string, slug: string, date: Date | null): string;
  /** Folder (workspace-relative) new images are copied into. */
  assetDir: string;
}

/** Folders no engine reads posts from: dependencies, build output, caches, version control. */
const NEVER_ENTERED = new Set(['node_modules', '.git', '_site', '.jekyll-cache', '.sass-cache', 'vendor', 'resources', 'dist', 'out', '.astro']);

function segmentsOf(relPath: string): string[] {
  return relPath.split('/').filter(Boolean);
}

function baseName(relPath: string): string {
  return relPath.slice(relPath.lastIndexOf('/') + 1);
}

function dirName(relPath: string): string {
  const slash = relPath.lastIndexOf('/');
  return slash === -1 ? '' : relPath.slice(0, slash);
}

function joinRel(dir: string, name: string): string {
  return dir ? `${dir}/${name}` : name;
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot).toLowerCase();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` in local time, as engines put dates in file names. */
export function isoDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Jekyll's `DATE_FILENAME_MATCHER`: only these names in `_posts` are posts. */
const JEKYLL_POST_NAME = /^(\d{2,4}-\d{1,2}-\d{1,2})-(.+)(\.[^.]+)$/;

/** Jekyll's entry filter: names starting with `.`, `_` or `#`, or ending in `~`, are never read. */
function jekyllSpecial(name: string): boolean {
  return /^[._#]/.test(name) || name.endsWith('~');
}

// Jekyll's default markdown_ext: markdown, mkdown, mkdn, mkd, md.
const JEKYLL_EXTENSIONS = new Set(['.md', '.markdown', '.mkdown', '.mkdn', '.mkd']);

const jekyll: SiteConventions = {
  kind: 'jekyll',
  entersDir(relDir) {
    const segments = segmentsOf(relDir);
    const magic = segments.findIndex((s) => s === '_posts' || s === '_drafts');
    // Above `_posts`/`_drafts`, category folders are walked like any site folder; below them,
    // Jekyll's entry filter still applies to every segment.
    return segments.every((s, i) => !NEVER_ENTERED.has(s) && (i === magic || !jekyllSpecial(s)));
  },
  isPost(relPath) {
    const segments = segmentsOf(relPath);
    const name = segments.at(-1) ?? '';
    const magic = segments.findIndex((s) => s === '_posts' || s === '_drafts');
    if (magic === -1 || !JEKYLL_EXTENSIONS.has(extensionOf(name)) || jekyllSpecial(name)) return false;
    if (!this.entersDir(segments.slice(0, -1).join('/'))) return false;
    return segments[magic] === '_drafts' || JEKYLL_POST_NAME.test(name);
  },
  isLeafFolder: () => false,
  isDraftPath: (relPath) => segmentsOf(relPath).includes('_drafts'),
  newPostPath: (slug) => `_drafts/${slug}.md`,
  publishedPath(relPath, date) {
    const segments = segmentsOf(relPath);
    const magic = segments.lastIndexOf('_drafts');
    if (magic === -1) return null;
    const name = segments.at(-1) ?? '';
    segments[magic] = '_posts';
    segments[segments.length - 1] = `${isoDay(date)}-${name}`;
    return segments.join('/');
  },
  fileNameFor(relPath, slug, date) {
    const ext = extensionOf(baseName(relPath)) || '.md';
    if (this.isDraftPath(relPath) || !date) return `${slug}${ext}`;
    return `${isoDay(date)}-${slug}${ext}`;
  },
  assetDir: 'assets/images',
};

/** Folders under a content root, skipping hidden and never-entered ones. */
function underRoot(root: string, relDir: string, skip: (segment: string) => boolean): boolean {
  const segments = segmentsOf(relDir);
  const rootSegments = segmentsOf(root);
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i] as string;
    if (i < rootSegments.length) {
      if (s !== rootSegments[i]) return false;
    } else if (skip(s)) return false;
  }
  return true;
}

function isUnder(root: string, relPath: string): boolean {
  return root === '' || relPath.startsWith(`${root}/`);
}

const HUGO_EXTENSIONS = new Set(['.md', '.markdown', '.mdown']);
const hiddenOrNever = (s: string) => s.startsWith('.') || NEVER_ENTERED.has(s);

/** Hugo: pages live in `content/`; `_index.md` is a section's list page, not a post. */
const hugo: SiteConventions = {
  kind: 'hugo',
  entersDir: (relDir) => underRoot('content', relDir, hiddenOrNever),
  isPost(relPath, siblings) {
    const name = baseName(relPath);
    if (!isUnder('content', relPath) || !HUGO_EXTENSIONS.has(extensionOf(name)) || name.startsWith('.')) return false;
    if (/^_index\./.test(name)) return false;
    if (!/^index\./.test(name) && this.isLeafFolder(siblings)) return false;
    return this.entersDir(dirName(relPath));
  },
  isLeafFolder: (names) => [...HUGO_EXTENSIONS].some((ext) => names.has(`index${ext}`)),
  isDraftPath: () => false,
  newPostPath: (slug) => `content/posts/${slug}.md`,
  publishedPath: () => null,
  fileNameFor: (relPath, slug) => (/^index\./.test(baseName(relPath)) ? baseName(relPath) : `${slug}${extensionOf(baseName(relPath)) || '.md'}`),
  assetDir: 'static/images',
};

/** A kind whose posts are every Markdown file under `root` with an allowed extension. */
function folderOfPosts(kind: SiteKind, root: string, extensions: Set<string>, skip: (segment: string) => boolean, newDir: string, assetDir: string): SiteConventions {
  return {
    kind,
    entersDir: (relDir) => underRoot(root, relDir, skip),
    isPost(relPath) {
      const name = baseName(relPath);
      return isUnder(root, relPath) && extensions.has(extensionOf(name)) && !skip(name) && this.entersDir(dirName(relPath));
    },
    isLeafFolder: () => false,
    isDraftPath: () => false,
    newPostPath: (slug) => joinRel(newDir, `${slug}.md`),
    publishedPath: () => null,
    fileNameFor: (relPath, slug) => `${slug}${extensionOf(baseName(relPath)) || '.md'}`,
    assetDir,
  };
}

const ALL_EXTENSIONS = new Set(['.md', '.markdown', '.mdx']);

/** Astro content collections: `src/content/<collection>/`; names starting with `_` are left out. */
const astro = folderOfPosts('astro', 'src/content', ALL_EXTENSIONS, (s) => s.startsWith('_') || hiddenOrNever(s), 'src/content/blog', 'src/assets/images');

/** Eleventy builds every template in the input folder except its includes, data and output folders. */
const ELEVENTY_SKIPPED = new Set(['_includes', '_data', '_layouts', 'README.md']);
const eleventy = folderOfPosts('eleventy', '', new Set(['.md', '.markdown']), (s) => hiddenOrNever(s) || ELEVENTY_SKIPPED.has(s), 'posts', 'images');

/** A plain folder: every Markdown file is a post. */
const plain = folderOfPosts('plain', '', ALL_EXTENSIONS, hiddenOrNever, '', 'images');

/** Hexo: `source/_posts` and `source/_drafts`; hidden files and editor backups (`~`, `%`) are skipped. */
const hexoSkip = (s: string) => s.startsWith('.') || s.endsWith('~') || s.endsWith('%');
const hexo: SiteConventions = {
  kind: 'hexo',
  entersDir(relDir) {
    const segments = segmentsOf(relDir);
    if (segments.length === 0) return true;
    if (segments[0] !== 'source') return false;
    if (segments.length === 1) return true;
    return (segments[1] === '_posts' || segments[1] === '_drafts') && !segments.slice(2).some(hexoSkip);
  },
  isPost(relPath) {
    const segments = segmentsOf(relPath);
    const name = segments.at(-1) ?? '';
    return segments.length > 2 && ALL_EXTENSIONS.has(extensionOf(name)) && !hexoSkip(name) && this.entersDir(dirName(relPath));
  },
  isLeafFolder: () => false,
  isDraftPath: (relPath) => relPath.startsWith('source/_drafts/'),
  newPostPath: (slug) => `source/_drafts/${slug}.md`,
  publishedPath: (relPath) => (relPath.startsWith('source/_drafts/') ? `source/_posts/${relPath.slice('source/_drafts/'.length)}` : null),
  fileNameFor: (relPath, slug) => `${slug}${extensionOf(baseName(relPath)) || '.md'}`,
  assetDir: 'source/images',
};

const byKind: Record<SiteKind, SiteConventions> = { jekyll, hugo, astro, eleventy, hexo, plain };

export function conventionsFor(kind: SiteKind): SiteConventions {
  return byKind[kind];
}
