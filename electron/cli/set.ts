/**
 * `postdesk set FILE KEY VALUE`: sets one front-matter field through the same `setField` the editor
 * uses. VALUE is YAML flow text (`'[a, b]'`, `'"Title: with colon"'`, `2024-01-29`, `false`). A file
 * whose front matter cannot be parsed is left untouched: exit 1 with `FILE:LINE: message` on stderr.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { FrontMatterEditError, parseFlowValue, readFrontMatter, setField, yamlVersionFor } from '../../shared/frontmatter';
import type { Problem } from '../../shared/post';
import { guessKind } from '../services/post-summary';
import { writeFileAtomic } from '../services/safe-save';
import { decodeUtf8 } from '../services/utf8';
import { parseArgs } from './args';
import { EXIT, UsageError, type CliIo } from './io';

export const setUsage = 'postdesk set FILE KEY VALUE';

function report(io: CliIo, file: string, problems: Problem[], fallback: string): number {
  const errors = problems.filter((p) => p.severity === 'error');
  for (const problem of errors.length ? errors : [{ line: 1, message: fallback }]) io.stderr.write(`${file}:${problem.line}: ${problem.message}\n`);
  return EXIT.problems;
}

export async function setCommand(argv: string[], io: CliIo): Promise<number> {
  const [file, key, source, ...extra] = parseArgs(argv, {}).positionals;
  if (file === undefined || key === undefined || source === undefined || extra.length > 0) throw new UsageError(`usage: ${setUsage}`);
  const absolute = path.resolve(io.cwd, file);
  // Invalid UTF-8 would come back as U+FFFD: refuse the file rather than rewrite its bytes.
  const text = decodeUtf8(await readFile(absolute), file);
  const options = { yamlVersion: yamlVersionFor(guessKind(absolute.split(path.sep).join('/'), text)) };
  let value;
  try {
    value = parseFlowValue(source, options.yamlVersion);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const read = readFrontMatter(text, options);
  if (!read.editable) return report(io, file, read.problems, 'this front matter cannot be edited');
  let result: string;
  try {
    result = setField(text, key, value, options);
  } catch (error) {
    if (!(error instanceof FrontMatterEditError)) throw error;
    return report(io, file, [{ line: read.split.block?.contentLine ?? 1, message: error.message, severity: 'error' }], error.message);
  }
  if (result !== text) await writeFileAtomic(absolute, new TextEncoder().encode(result));
  return EXIT.ok;
}
