/** Tells which blog engine a folder belongs to, from the files each engine requires. */
import { readdir } from 'node:fs/promises';
import type { SiteKind } from '../../shared/site';

export async function detectSiteKind(root: string): Promise<SiteKind> {
  const names = new Set(await readdir(root).catch(() => [] as string[]));
  const has = (name: string) => names.has(name);
  const hasMatching = (pattern: RegExp) => [...names].some((name) => pattern.test(name));
  if (has('_config.yml') && has('source')) {
    const source = await readdir(`${root}/source`).catch(() => [] as string[]);
    if (source.includes('_posts')) return 'hexo';
  }
  if (has('_config.yml') || has('_config.yaml') || has('_config.toml') || has('_posts')) return 'jekyll';
  if (hasMatching(/^hugo\.(toml|ya?ml|json)$/) || (has('config.toml') && has('content'))) return 'hugo';
  if (hasMatching(/^astro\.config\.[cm]?[jt]s$/)) return 'astro';
  if (has('.eleventy.js') || hasMatching(/^eleventy\.config\.[cm]?js$/)) return 'eleventy';
  return 'plain';
}
