/**
 * `postdesk render FILE [--asset-base URL]`: the HTML fragment the preview shows for a post, from
 * the same pipeline and sanitizer policy. Front matter is left out; `data-source-line` values are
 * lines of FILE (0-based). With `--asset-base`, relative and site-absolute URLs resolve against it.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { postBody } from '../../shared/frontmatter/split';
import { createMarkdown } from '../../shared/markdown/pipeline';
import { nodeSanitizer } from '../services/html-sanitize';
import { parseArgs } from './args';
import { EXIT, UsageError, type CliIo } from './io';

export const renderUsage = 'postdesk render FILE [--asset-base URL]';

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

export async function renderCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { options: ['asset-base'] });
  const [file, ...extra] = args.positionals;
  if (!file || extra.length > 0) throw new UsageError(`usage: ${renderUsage}`);
  let text: string;
  try {
    text = await readFile(path.resolve(io.cwd, file), 'utf8');
  } catch (error) {
    io.stderr.write(`postdesk render: cannot read ${file}: ${describeReadError(error)}\n`);
    return EXIT.problems;
  }
  const { body, lineOffset } = postBody(text);
  const md = createMarkdown({ assetBase: args.options.get('asset-base') ?? '' });
  const sanitizeHtml = await nodeSanitizer();
  io.stdout.write(sanitizeHtml(md.render(body, { lineOffset })));
  return EXIT.ok;
}
