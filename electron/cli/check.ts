/** `postdesk check DIR`: prints `path:line: message` for every front-matter problem; exit 1 if there is any. */
import path from 'node:path';
import { Workspace } from '../services/workspace';
import { parseArgs } from './args';
import { EXIT, UsageError, type CliIo } from './io';

export const checkUsage = 'postdesk check DIR';

export async function checkCommand(argv: string[], io: CliIo): Promise<number> {
  const [dir, ...extra] = parseArgs(argv, {}).positionals;
  if (!dir || extra.length > 0) throw new UsageError(`usage: ${checkUsage}`);
  const workspace = await Workspace.open(path.resolve(io.cwd, dir), { assetBase: '' });
  let count = 0;
  for (const post of await workspace.listPosts()) {
    for (const problem of post.problems) {
      io.stdout.write(`${post.path}:${problem.line}: ${problem.severity === 'warning' ? 'warning: ' : ''}${problem.message}\n`);
      count++;
    }
  }
  return count > 0 ? EXIT.problems : EXIT.ok;
}
