import { UsageError } from './io';

export interface ParsedArgs {
  positionals: string[];
  flags: Set<string>;
  options: Map<string, string>;
}

/** Splits arguments into positionals, boolean `--flags` and `--option value` pairs; unknown ones are a usage error. */
export function parseArgs(argv: string[], known: { flags?: string[]; options?: string[] }): ParsedArgs {
  const result: ParsedArgs = { positionals: [], flags: new Set(), options: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      result.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const name = arg.slice(2);
      if (known.flags?.includes(name)) result.flags.add(name);
      else if (known.options?.includes(name)) {
        const value = argv[++i];
        if (value === undefined) throw new UsageError(`--${name} needs a value`);
        result.options.set(name, value);
      } else throw new UsageError(`unknown option ${arg}`);
    } else result.positionals.push(arg);
  }
  return result;
}
