/** `postdesk list DIR [--json]`: every post with its path, title, date, draft flag, tags and categories. */
import path from 'node:path';
import { Workspace } from '../services/workspace';
import { parseArgs } from './args';
import { EXIT, UsageError, type CliIo } from './io';

export const listUsage = 'postdesk list DIR [--json]';

export async function listCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { flags: ['json'] });
  const [dir, ...extra] = args.positionals;
  if (!dir || extra.length > 0) throw new UsageError(`usage: ${listUsage}`);
  const workspace = await Workspace.open(path.resolve(io.cwd, dir), { assetBase: '' });
  const posts = await workspace.listPosts();
  if (args.flags.has('json')) {
    io.stdout.write(`${JSON.stringify(posts, null, 2)}\n`);
    return EXIT.ok;
  }
  for (const post of posts) {
    const flags = [post.draft ? 'draft' : '', post.tags.length ? `tags: ${post.tags.join(', ')}` : '', post.categories.length ? `categories: ${post.categories.join(', ')}` : '']
      .filter(Boolean)
      .join('  ');
    io.stdout.write(`${post.path}\t${post.date ?? '-'}\t${post.title}${flags ? `\t${flags}` : ''}\n`);
  }
  return EXIT.ok;
}
