/**
 * `postdesk tags DIR --json` gives the counts Jekyll itself puts in `site.tags` and
 * `site.categories` (built with `--drafts --unpublished --future`), over a site made of both Jekyll
 * corpora: the edge cases at the root, Jekyll's own blog posts under `docs/_posts/` (so `docs` is a
 * folder category of each).
 *
 * Postdesk edits Markdown posts: its index lists Jekyll's Markdown extensions (`.md`, `.markdown`,
 * `.mkdn`, …). Jekyll also builds the corpus's `.text` and `.Rmd` posts through other converters;
 * they are left out of the fixture (and printed) so both sides count the same posts.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, unlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './cli-harness';
import { buildReport, corpusDir, files, jekyllSkipReason, plainBodies } from './jekyll-site';

const skipReason = jekyllSkipReason('jekyll-edge-cases', 'jekyll-docs');
if (skipReason) console.log(`skipping the taxonomy counts comparison with Jekyll: ${skipReason}`);

/** Each key of `site.tags` / `site.categories` with the number of posts Jekyll lists under it. */
const sizes = (name: string) => `[ {% for t in site.${name} %}[{{ t[0] | jsonify }}, {{ t[1].size }}]{% unless forloop.last %},{% endunless %}{% endfor %} ]`;
const REPORT = `---
layout: null
---
{ "tags": ${sizes('tags')}, "categories": ${sizes('categories')}, "posts": {{ site.posts.size }} }
`;

interface Report {
  tags: [unknown, number][];
  categories: [unknown, number][];
  posts: number;
}

/** A key as Liquid prints it (a number key prints as its digits). */
const keyed = (pairs: [unknown, number][]) => Object.fromEntries(pairs.map(([key, size]) => [typeof key === 'string' ? key : JSON.stringify(key), size]));

describe.skipIf(skipReason !== null)('postdesk tags counts what Jekyll counts', () => {
  let site: string;
  let report: Report;

  beforeAll(() => {
    site = mkdtempSync(path.join(os.tmpdir(), 'postdesk-jekyll-tags-'));
    cpSync(path.join(corpusDir, 'jekyll-edge-cases'), site, { recursive: true });
    mkdirSync(path.join(site, 'docs'));
    cpSync(path.join(corpusDir, 'jekyll-docs'), path.join(site, 'docs', '_posts'), { recursive: true });
    const notMarkdown = files(site).filter((file) => /\/_(posts|drafts)\//.test(file) && !/\.(md|markdown|mkdown|mkdn|mkd)$/.test(file));
    console.log(`left out of the Jekyll comparison (not Markdown posts Postdesk lists): ${notMarkdown.map((f) => path.relative(site, f)).join(', ')}`);
    for (const file of notMarkdown) unlinkSync(file);
    plainBodies(site);
    report = buildReport<Report>(site, REPORT);
  }, 120_000);

  afterAll(() => {
    if (site) rmSync(site, { recursive: true, force: true });
  });

  it('lists the same posts, with tags and categories to compare', async () => {
    const listed = JSON.parse((await cli(['list', site, '--json'])).stdout) as unknown[];
    expect(listed.length).toBe(report.posts);
    expect(report.tags.length).toBeGreaterThan(5);
    expect(report.categories.length).toBeGreaterThan(10);
  });

  it('equals site.tags and site.categories', async () => {
    const run = await cli(['tags', site, '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ tags: keyed(report.tags), categories: keyed(report.categories) });
  });
});
