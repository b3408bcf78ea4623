/**
 * The main process's read path: gray-matter finds the block and the body, the shared module
 * (`shared/frontmatter`) parses the block, so the index and the editor read a post the same way.
 *
 * gray-matter is always called with options: without them it caches every text it has seen (the
 * cache grows without bound and hands out shared mutable objects). It cannot express everything
 * Postdesk accepts, so the shared `splitPost` decides where the block is and gray-matter is checked
 * against it:
 * - a YAML block closed by `...` (Jekyll accepts it): gray-matter takes `[open, close]` delimiters;
 * - a block that is never closed: gray-matter would read the whole file as front matter, Jekyll and
 *   Postdesk read it as body, so gray-matter is not asked;
 * - Hugo's bare JSON object (gray-matter only knows `---json`): read by the shared module alone;
 * - a line that merely starts with the fence (`---x`): gray-matter's `indexOf('\n---')` stops there,
 *   Jekyll does not; when gray-matter's block differs from `splitPost`'s, the shared split wins.
 */
import matter from 'gray-matter';
import { readFrontMatter, type FrontMatterData, type FrontMatterRead, type YamlVersion } from '../../shared/frontmatter';

export interface PostRead extends FrontMatterRead {
  body: string;
  /** False when gray-matter saw the block differently from `splitPost` (the split was used). */
  grayMatterAgrees: boolean;
}

export function readPost(text: string, yamlVersion: YamlVersion): PostRead {
  const read = readFrontMatter(text, { yamlVersion });
  const { block, bodyStart } = read.split;
  const fallback: PostRead = { ...read, body: text.slice(bodyStart), grayMatterAgrees: true };
  if (!block || block.format === 'json') return fallback;
  const open = text.slice(block.start, block.start + 3);
  const close = text.slice(block.contentEnd, block.contentEnd + 3);
  // gray-matter's matter runs from after the opening fence to the line break before the closing one.
  const expected = text.slice(block.start + 3, Math.max(block.start + 3, block.contentEnd - 1));
  let seen: string | null = null;
  const engine = (source: string): FrontMatterData => {
    seen = source;
    return read.data;
  };
  const file = matter(text, { delimiters: [open, close], language: block.format, excerpt: false, engines: { yaml: engine, toml: engine } });
  const matterText = seen ?? file.matter;
  if (matterText !== expected) return { ...fallback, grayMatterAgrees: false };
  const body = text.slice(bodyStart);
  // gray-matter leaves trailing spaces of the closing fence line in the body; Jekyll does not.
  return { ...read, body, grayMatterAgrees: file.content === body || file.content.replace(/^[ \t]*\r?\n/, '') === body };
}
