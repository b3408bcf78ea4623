/**
 * Fixture Jekyll sites for tests that compare Postdesk with the real `jekyll`: where the binary
 * and the corpus are, a copy whose post bodies are plain text, and a build with drafts,
 * unpublished and future posts.
 *
 * Bodies are replaced because the corpus posts hold Liquid includes and custom tags from Jekyll's
 * own test suite (`{% include sig.markdown %}`, `{% do_nothing %}`) that fail the build and say
 * nothing about front matter. The front matter is kept byte for byte.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { splitPost } from '../shared/frontmatter';

export const repoRoot = path.resolve(import.meta.dirname, '..');
export const corpusDir = path.resolve(repoRoot, '../shared/corpus');
export const jekyllBinary = ['/usr/bin/jekyll', '/usr/local/bin/jekyll'].find((bin) => existsSync(bin));

/** Why a comparison with Jekyll over `corpora` cannot run here, or null when it can. */
export function jekyllSkipReason(...corpora: string[]): string | null {
  const missing = corpora.map((name) => path.join(corpusDir, name)).find((dir) => !existsSync(dir));
  if (missing) return `corpus not found at ${missing}`;
  return jekyllBinary ? null : 'jekyll is not installed';
}

/** Every file under `dir`, recursively. */
export function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

/** Replaces the body of every file with front matter under `dir` by one plain line. */
export function plainBodies(dir: string): void {
  for (const file of files(dir)) {
    const text = readFileSync(file, 'utf8');
    const split = splitPost(text);
    if (split.block) writeFileSync(file, `${text.slice(0, split.bodyStart)}Body.\n`);
  }
}

/**
 * Writes a UTC `_config.yml` and `report` as `report.json`, builds the site with drafts,
 * unpublished and future posts, and returns the rendered report parsed.
 */
export function buildReport<T>(site: string, report: string): T {
  writeFileSync(path.join(site, '_config.yml'), 'timezone: UTC\nexclude: []\n');
  writeFileSync(path.join(site, 'report.json'), report);
  execFileSync(jekyllBinary as string, ['build', '--drafts', '--unpublished', '--future', '--quiet', '-s', site, '-d', path.join(site, '_site')], {
    stdio: 'pipe',
    env: { ...process.env, JEKYLL_ENV: 'test' },
  });
  return JSON.parse(readFileSync(path.join(site, '_site', 'report.json'), 'utf8')) as T;
}
