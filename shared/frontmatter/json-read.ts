/** Reads Hugo's JSON front matter: an object at the top of the file. */
import type { Problem } from '../post';
import { positionAt } from './positions';
import type { FrontMatterBlock } from './split';
import type { FrontMatterData } from './value';

export function readJsonBlock(text: string, block: FrontMatterBlock): { data: FrontMatterData; problems: Problem[] } {
  const source = text.slice(block.contentStart, block.contentEnd);
  try {
    const data: unknown = JSON.parse(source);
    if (typeof data === 'object' && data !== null && !Array.isArray(data)) return { data: data as FrontMatterData, problems: [] };
    return { data: {}, problems: [{ line: block.contentLine, column: 1, message: 'front matter is not an object', severity: 'error' }] };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = Number(/position (\d+)/.exec(message)?.[1] ?? 0);
    return { data: {}, problems: [{ ...positionAt(text, block.contentStart + offset), message, severity: 'error' }] };
  }
}
