/**
 * Points the preview's relative and site-absolute URLs at the workspace, served by the app's asset
 * protocol: `/assets/x.png` (Jekyll and Hugo serve the site root) resolves against the site root,
 * `x.png` against the post's folder. URLs with a scheme, protocol-relative URLs and fragments are
 * left alone. `..` never climbs above the site root.
 */
import type MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';

export interface UrlBase {
  /** URL of the site root, ending in `/` (e.g. `postdesk-asset://workspace/`); empty: no resolution. */
  assetBase: string;
  /** Folder of the post relative to the site root, `/`-separated (e.g. `content/posts/bundle`). */
  documentDir?: string;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

function normalizeSegments(segments: string[]): string[] {
  const out: string[] = [];
  for (const segment of segments) {
    if (segment === '..') out.pop();
    else if (segment !== '.' && segment !== '') out.push(segment);
  }
  return out;
}

/** The URL the preview should load for `url` as written in a post. */
export function resolveUrl(url: string, base: UrlBase): string {
  if (!base.assetBase || url === '' || url.startsWith('#') || url.startsWith('//') || SCHEME.test(url)) return url;
  const suffixAt = url.search(/[?#]/);
  const pathPart = suffixAt < 0 ? url : url.slice(0, suffixAt);
  const suffix = suffixAt < 0 ? '' : url.slice(suffixAt);
  const from = pathPart.startsWith('/') ? [] : (base.documentDir ?? '').split('/');
  const segments = normalizeSegments([...from, ...pathPart.split('/')]);
  const trailing = pathPart.endsWith('/') && segments.length > 0 ? '/' : '';
  const root = base.assetBase.endsWith('/') ? base.assetBase : `${base.assetBase}/`;
  return root + segments.join('/') + trailing + suffix;
}

/** `src`, `href` and `poster` attribute values in raw HTML, quoted or not. */
const HTML_URL_ATTR = /(\s(?:src|href|poster)\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;

/**
 * Resolves the URL attributes of raw HTML. A pattern, not a parser: a miss only leaves a URL
 * unresolved, and the sanitizer still checks every URL afterwards.
 */
export function resolveHtmlUrls(html: string, base: UrlBase): string {
  return html.replace(HTML_URL_ATTR, (_match, prefix: string, double?: string, single?: string, bare?: string) => {
    const quote = single !== undefined ? "'" : '"';
    return `${prefix}${quote}${resolveUrl(double ?? single ?? bare ?? '', base)}${quote}`;
  });
}

function resolveToken(token: Token, base: UrlBase): void {
  const name = token.type === 'image' ? 'src' : token.type === 'link_open' ? 'href' : null;
  const value = name ? token.attrGet(name) : null;
  if (name && value !== null) token.attrSet(name, resolveUrl(value, base));
  if (token.type === 'html_inline' || token.type === 'html_block') token.content = resolveHtmlUrls(token.content, base);
  token.children?.forEach((child) => resolveToken(child, base));
}

export function resolveUrls(md: MarkdownIt, base: UrlBase): void {
  if (!base.assetBase) return;
  md.core.ruler.push('pd_resolve_urls', (state) => {
    for (const token of state.tokens) resolveToken(token, base);
  });
}
