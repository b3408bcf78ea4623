/**
 * The fast summary path against the full reader on real posts: every file of `../shared/corpus`
 * and `content/`, and the benchmark's generated posts (which it must nearly all accept, or the
 * index gains nothing). Plus what the list shows for a few posts the fast path reads.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makePost } from '../../bench/generate-posts';
import { splitPost } from '../../shared/frontmatter';
import type { SiteKind } from '../../shared/site';
import { countWords } from '../../shared/text-stats';
import { summarizeFully, summarizePost, summarizeQuickly } from './post-summary';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const corpus = path.resolve(repoRoot, '../shared/corpus');
if (!existsSync(corpus)) console.log(`skipping the corpus comparison of the fast summary path: ${corpus} not found`);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.(md|markdown|mdx|html)$/.test(name) ? [full] : [];
  });
}

/** Compares both paths on each post for each kind; counts the posts with front matter and those the fast path accepted. */
function compareAll(posts: { relPath: string; text: string }[], kinds: SiteKind[]): { withBlock: number; accepted: number } {
  let withBlock = 0;
  let accepted = 0;
  for (const { relPath, text } of posts) {
    for (const kind of kinds) {
      const quick = summarizeQuickly(relPath, text, kind);
      if (quick) expect({ relPath, kind, summary: quick }).toEqual({ relPath, kind, summary: summarizeFully(relPath, text, kind) });
    }
    if (!splitPost(text).block) continue;
    withBlock++;
    if (summarizeQuickly(relPath, text, kinds[0] as SiteKind)) accepted++;
  }
  return { withBlock, accepted };
}

const rate = ({ withBlock, accepted }: { withBlock: number; accepted: number }) =>
  `${accepted} of ${withBlock} files with front matter (${((100 * accepted) / withBlock).toFixed(1)}%)`;

describe('the fast summary path on real posts', () => {
  it.skipIf(!existsSync(corpus))('gives the full reader’s summary for every corpus file it accepts', () => {
    const posts = files(corpus).map((file) => ({ relPath: path.relative(corpus, file).split(path.sep).join('/'), text: readFileSync(file, 'utf8') }));
    expect(posts.length).toBeGreaterThan(100);
    const counts = compareAll(posts, ['jekyll', 'hugo', 'plain']);
    console.log(`fast summary path on the corpus: accepted ${rate(counts)}`);
    expect(counts.accepted).toBeGreaterThan(0);
  });

  it('gives the full reader’s summary for the sample posts in content/', () => {
    const root = path.join(repoRoot, 'content');
    const posts = files(root).map((file) => ({ relPath: path.relative(root, file).split(path.sep).join('/'), text: readFileSync(file, 'utf8') }));
    expect(posts.length).toBeGreaterThan(0);
    console.log(`fast summary path on content/: accepted ${rate(compareAll(posts, ['jekyll', 'hugo']))}`);
  });

  it('accepts the benchmark’s generated posts and reads them as the full reader does', () => {
    const posts = Array.from({ length: 300 }, (_, i) => {
      const { day, slug, text } = makePost(7, i);
      return { relPath: `_posts/${day}-${slug}.md`, text };
    });
    const counts = compareAll(posts, ['jekyll', 'hugo']);
    console.log(`fast summary path on generated bench posts: accepted ${rate(counts)}`);
    expect(counts.withBlock).toBe(posts.length);
    expect(counts.accepted / posts.length).toBeGreaterThan(0.95);
  });
});

describe('summarizePost', () => {
  it('shows the fields of a simple post as written, counting words as the status bar does', () => {
    const body = 'Hello there, [a link](https://x.org) and `code`.\n\n```js\nnot counted\n```\n';
    const text = `---\r\ntitle: "Notes: a \\"quoted\\" start"\r\ndate: 2024-01-29 10:00:00 +05:30 # local time\r\ntags: [b, "c, d", 42]\r\ncategories:\r\n  - essays\r\n# a comment\r\npublished: false\r\n---\r\n${body}`;
    const summary = summarizePost('_posts/2024-01-29-notes.md', text, 'jekyll');
    expect(summarizeQuickly('_posts/2024-01-29-notes.md', text, 'jekyll')).not.toBeNull();
    expect(summary).toEqual({
      path: '_posts/2024-01-29-notes.md',
      title: 'Notes: a "quoted" start',
      date: '2024-01-29 10:00:00 +05:30',
      draft: true,
      tags: ['b', 'c, d', '42'],
      categories: ['essays'],
      wordCount: countWords(body.replace(/\n/g, '\r\n')),
      problems: [],
    });
  });

  it('reads a post the fast path declines with the full reader, problems included', () => {
    const text = '---\ntitle: &t Anchored\nsubtitle: *t\ntags: [a, a]\ntags: [b]\n---\nBody\n';
    expect(summarizeQuickly('notes/x.md', text, 'plain')).toBeNull();
    const summary = summarizePost('notes/x.md', text, 'plain');
    expect(summary.title).toBe('Anchored');
    expect(summary.tags).toEqual(['b']);
    expect(summary.problems.map((p) => p.message)).toEqual(['duplicate key "tags": the last one wins']);
  });

  it('reads TOML front matter with the full reader', () => {
    const text = '+++\ntitle = "From TOML"\ndraft = true\n+++\nBody\n';
    expect(summarizeQuickly('content/x.md', text, 'hugo')).toBeNull();
    expect(summarizePost('content/x.md', text)).toMatchObject({ title: 'From TOML', draft: true });
  });
});
