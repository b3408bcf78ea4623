/**
 * Postdesk reads tags, categories and dates as Jekyll does: a fixture site built from
 * `../shared/corpus/jekyll-edge-cases` is rendered by the real `jekyll` with a Liquid page that
 * prints what Jekyll understood, and every post is compared with `summarizePost`.
 *
 * Post bodies are replaced by plain text (see jekyll-site.ts); the front matter is kept byte for byte.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isFrontMatterDate, jekyllTaxonomy, parseDateText, readFrontMatter, type FrontMatterValue } from '../shared/frontmatter';
import { rubyToS } from '../shared/frontmatter/ruby-values';
import { summarizePost } from '../electron/services/post-summary';
import { buildReport, corpusDir, jekyllSkipReason, plainBodies } from './jekyll-site';

const skipReason = jekyllSkipReason('jekyll-edge-cases');
if (skipReason) console.log(`skipping the Jekyll comparison: ${skipReason}`);

const list = (items: string) => `[{% for p in ${items} %}{{ p.relative_path | jsonify }}{% unless forloop.last %},{% endunless %}{% endfor %}]`;
/** `site.tags` as `[key, [paths]]` pairs: keys stay typed (`nil` and `""` are different keys in Ruby). */
const index = (name: string) => `[ {% for t in site.${name} %}[{{ t[0] | jsonify }}, ${list('t[1]')}]{% unless forloop.last %},{% endunless %}{% endfor %} ]`;
const REPORT = `---
layout: null
---
{ "tags": ${index('tags')}, "categories": ${index('categories')},
  "posts": [{% for p in site.posts %}{ "path": {{ p.relative_path | jsonify }}, "tags": {{ p.tags | jsonify }}, "categories": {{ p.categories | jsonify }}, "date": {{ p.date | date: "%Y-%m-%d %H:%M:%S %z" | jsonify }} }{% unless forloop.last %},{% endunless %}{% endfor %}] }
`;

/** Cases the corpus lacks, written for this test: folder categories, numbers, nulls, offsets, CRLF. */
const EXTRA_POSTS: Record<string, string> = {
  'blog/_posts/2020-01-01-folder-categories.md': '---\ncategories: [x, blog]\ncategory: y\n---\n',
  '_posts/2020-01-02-tag-replaces-tags.md': '---\ntag: solo\ntags: [a, b]\n---\n',
  '_posts/2020-01-03-numbers.md': '---\ntags: [2013, 1.5, yes, y]\ncategory: 2020\n---\n',
  '_posts/2020-01-04-plural-strings.md': '---\ntags: one two  three\ncategories: " lead  trail "\n---\n',
  '_posts/2020-01-05-offset.md': '---\ndate: 2020-01-05 23:30:00 +05:30\n---\n',
  '_posts/2020-01-06-crlf.md': '---\r\ntags: [crlf, dos]\r\ndate: 2020-01-06T08:00:00Z\r\n---\r\n',
  '_posts/2020-01-07-nulls.md': '---\ntags: [a, ~, b]\ncategories: [c, ~]\ncategory:\n---\n',
  'es/_posts/2020-01-08-dots.md': '---\ncategories: uno dos\ntags: [x]\n...\n',
  '_drafts/dated-draft.md': '---\ndate: 2021-03-04\npublished: false\ncategory: draft cat\n---\n',
};

interface JekyllPost {
  path: string;
  tags: unknown[];
  categories: unknown[];
  date: string;
}
interface JekyllReport {
  tags: [unknown, string[]][];
  categories: [unknown, string[]][];
  posts: JekyllPost[];
}

/**
 * The instant as Jekyll prints it with `%Y-%m-%d %H:%M:%S %z` in a site whose timezone is UTC: Jekyll
 * shows every date in the site's zone; a date written without an offset is read as UTC (Psych).
 */
function jekyllDate(text: string): string | null {
  const date = parseDateText(text);
  if (!date) return null;
  const iso = date.iso.includes('T') ? date.iso : `${date.iso}T00:00:00`;
  const instant = new Date(date.offset === null ? `${iso}Z` : iso).toISOString();
  return `${instant.slice(0, 10)} ${instant.slice(11, 19)} +0000`;
}

/** A value the way Liquid's `jsonify` prints it (a Date prints as its text). */
const asJson = (value: FrontMatterValue): unknown => (isFrontMatterDate(value) ? rubyToS(value) : value);

describe.skipIf(skipReason !== null)('Postdesk reads posts the way Jekyll does', () => {
  let site: string;
  let report: JekyllReport;

  beforeAll(() => {
    site = mkdtempSync(path.join(os.tmpdir(), 'postdesk-jekyll-'));
    cpSync(path.join(corpusDir, 'jekyll-edge-cases'), site, { recursive: true });
    for (const [relPath, text] of Object.entries(EXTRA_POSTS)) {
      mkdirSync(path.dirname(path.join(site, relPath)), { recursive: true });
      writeFileSync(path.join(site, relPath), text);
    }
    plainBodies(site);
    report = buildReport<JekyllReport>(site, REPORT);
  }, 60_000);

  afterAll(() => {
    if (site) rmSync(site, { recursive: true, force: true });
  });

  const text = (relPath: string) => readFileSync(path.join(site, relPath), 'utf8');
  const summary = (relPath: string) => summarizePost(relPath, text(relPath));
  const taxonomy = (relPath: string) => jekyllTaxonomy(relPath, readFrontMatter(text(relPath), { yamlVersion: '1.1' }).data);

  it('lists the corpus posts and the extra cases, drafts included', () => {
    expect(report.posts.length).toBeGreaterThan(40);
    expect(report.posts.map((post) => post.path)).toEqual(expect.arrayContaining(Object.keys(EXTRA_POSTS)));
    expect(report.posts.some((post) => post.path.startsWith('_drafts/'))).toBe(true);
  });

  it('gives every post exactly the tags and categories Jekyll gives it', () => {
    for (const post of report.posts) {
      const ours = taxonomy(post.path);
      expect({ path: post.path, tags: ours.tags.map(asJson), categories: ours.categories.map(asJson) }).toEqual({ path: post.path, tags: post.tags, categories: post.categories });
    }
  });

  it('lists those tags and categories in the post list as text, without empty names or repeats', () => {
    const names = (values: unknown[]) => [...new Set(values.filter((v) => v !== null && v !== '').map(String))];
    for (const post of report.posts) {
      const ours = summary(post.path);
      expect({ path: post.path, tags: ours.tags, categories: ours.categories }).toEqual({ path: post.path, tags: names(post.tags), categories: names(post.categories) });
    }
  });

  it('reads every written date as Jekyll does, without moving it to another day or zone', () => {
    let compared = 0;
    for (const post of report.posts) {
      const ours = summary(post.path).date;
      if (ours === null) continue; // a draft without a date: Jekyll uses the file's modification time
      expect({ path: post.path, date: jekyllDate(ours) }).toEqual({ path: post.path, date: post.date });
      compared++;
    }
    expect(compared).toBeGreaterThan(40);
  });

  it('builds the same site.tags and site.categories', () => {
    const tags: Record<string, string[]> = {};
    const categories: Record<string, string[]> = {};
    for (const post of report.posts) {
      const ours = taxonomy(post.path);
      for (const tag of ours.tags) (tags[JSON.stringify(asJson(tag))] ??= []).push(post.path);
      for (const category of ours.categories) (categories[JSON.stringify(asJson(category))] ??= []).push(post.path);
    }
    const sorted = (index: Record<string, string[]>) => Object.fromEntries(Object.entries(index).map(([k, v]): [string, string[]] => [k, [...v].sort()]));
    const keyed = (pairs: [unknown, string[]][]) => Object.fromEntries(pairs.map(([key, paths]) => [JSON.stringify(key), paths]));
    expect(sorted(tags)).toEqual(sorted(keyed(report.tags)));
    expect(sorted(categories)).toEqual(sorted(keyed(report.categories)));
  });
});
