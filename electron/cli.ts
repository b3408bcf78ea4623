/**
 * `postdesk`: the main-process services without a window. Each verb lives in `cli/`; its name and
 * output are a contract scripts depend on.
 */
import { listCommand, listUsage } from './cli/list';
import { setCommand, setUsage } from './cli/set';
import { checkCommand, checkUsage } from './cli/check';
import { renderCommand, renderUsage } from './cli/render';
import { tagsCommand, tagsUsage } from './cli/tags';
import { EXIT, UsageError, type CliIo } from './cli/io';

type Command = (argv: string[], io: CliIo) => Promise<number>;

const commands: Record<string, { run: Command; usage: string; summary: string }> = {
  list: { run: listCommand, usage: listUsage, summary: 'list the posts of a workspace' },
  render: { run: renderCommand, usage: renderUsage, summary: 'print the HTML fragment the preview shows for a post' },
  set: { run: setCommand, usage: setUsage, summary: 'set one front-matter field, changing nothing else' },
  check: { run: checkCommand, usage: checkUsage, summary: 'report front-matter problems as path:line: message' },
  tags: { run: tagsCommand, usage: tagsUsage, summary: 'count tags and categories; rename or merge them' },
};

export function helpText(): string {
  const lines = Object.values(commands).map((c) => `  ${c.usage.padEnd(44)} ${c.summary}`);
  return ['Postdesk: edit Markdown blog posts with front matter.', '', 'Usage:', ...lines, '  postdesk --help', '', 'Exit codes: 0 ok, 1 problems found, 2 bad usage.', ''].join('\n');
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [verb, ...rest] = argv;
  if (verb === undefined || verb === '--help' || verb === '-h' || verb === 'help') {
    io[verb === undefined ? 'stderr' : 'stdout'].write(helpText());
    return verb === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = commands[verb];
  if (!command) {
    io.stderr.write(`postdesk: unknown command ${JSON.stringify(verb)}\n\n${helpText()}`);
    return EXIT.usage;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`postdesk ${verb}: ${error.message}\n`);
      return EXIT.usage;
    }
    io.stderr.write(`postdesk ${verb}: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.problems;
  }
}
