/** Reads Hugo's TOML front matter (`+++`) with smol-toml into the same plain values as YAML. */
import { parse, TomlDate, TomlError } from 'smol-toml';
import type { Problem } from '../post';
import { parseDateText } from './dates';
import type { FrontMatterBlock } from './split';
import { isFrontMatterDate, type FrontMatterData, type FrontMatterValue } from './value';

function toPlain(value: unknown): FrontMatterValue {
  if (value instanceof TomlDate) return parseDateText(value.toISOString()) ?? value.toISOString();
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
  return value as FrontMatterValue;
}

/** smol-toml reprints dates (`…T10:00:00.000+01:00`); a top-level date keeps the text as written instead. */
function writtenDate(source: string, key: string, value: FrontMatterValue): FrontMatterValue {
  if (!isFrontMatterDate(value)) return value;
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const raw = new RegExp(`^[ \\t]*["']?${escaped}["']?[ \\t]*=[ \\t]*([0-9][0-9:.TtZz +-]*?)[ \\t]*(?:#.*)?$`, 'm').exec(source)?.[1];
  const written = raw === undefined ? null : parseDateText(raw);
  return written && new Date(written.iso).getTime() === new Date(value.iso).getTime() ? written : value;
}

export function parseToml(source: string): FrontMatterData {
  const data = toPlain(parse(source)) as FrontMatterData;
  return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, writtenDate(source, key, value)]));
}

export function readTomlBlock(text: string, block: FrontMatterBlock): { data: FrontMatterData; problems: Problem[] } {
  try {
    return { data: parseToml(text.slice(block.contentStart, block.contentEnd)), problems: [] };
  } catch (error) {
    const line = error instanceof TomlError ? block.contentLine + error.line - 1 : block.contentLine;
    const column = error instanceof TomlError ? error.column : 1;
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] as string;
    return { data: {}, problems: [{ line, column, message, severity: 'error' }] };
  }
}
