/**
 * Surgical TOML edits for Hugo's `+++` front matter: only the lines of the top-level key change. A
 * key's extent is found by parsing: a statement ends at the first line where it parses on its own.
 */
import { parse } from 'smol-toml';
import { FrontMatterEditError } from './edit-error';
import type { FrontMatterBlock } from './split';
import { isFrontMatterDate, sameValue, type FrontMatterValue } from './value';
import { parseToml } from './toml-read';

interface Statement {
  key: string;
  /** Offsets in the block's content: the statement's first line start and the next line start. */
  from: number;
  to: number;
}

const KEY = /^[ \t]*("(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_-]+)[ \t]*=/;

function parses(source: string): boolean {
  try {
    parse(source);
    return true;
  } catch {
    return false;
  }
}

function lineStarts(source: string): number[] {
  const starts = [0];
  for (let i = source.indexOf('\n'); i !== -1 && i + 1 < source.length; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The top-level key statements, and where the top-level section ends (the first `[table]`). */
export function topLevel(source: string): { statements: Statement[]; end: number } {
  const starts = lineStarts(source);
  const statements: Statement[] = [];
  for (let i = 0; i < starts.length; ) {
    const from = starts[i] as number;
    const line = source.slice(from, starts[i + 1] ?? source.length);
    if (/^[ \t]*\[/.test(line)) return { statements, end: from };
    const key = KEY.exec(line);
    if (!key) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < starts.length && !parses(source.slice(from, starts[j]))) j++;
    const name = key[1] as string;
    statements.push({ key: name.startsWith('"') ? (JSON.parse(name) as string) : name.replace(/^'|'$/g, ''), from, to: starts[j] ?? source.length });
    i = j;
  }
  return { statements, end: source.length };
}

function basicString(value: string): string {
  return JSON.stringify(value).replace(/\u007f/g, '\\u007F');
}

function formatToml(value: FrontMatterValue, literal: boolean): string {
  if (value === null) throw new FrontMatterEditError('TOML has no null; remove the key instead');
  if (isFrontMatterDate(value)) return parses(`d = ${value.text}`) ? value.text : value.iso;
  if (typeof value === 'string') return literal && !/['\n\r]/.test(value) ? `'${value}'` : basicString(value);
  if (typeof value === 'number') return Number.isNaN(value) ? 'nan' : Number.isFinite(value) ? String(value) : value > 0 ? 'inf' : '-inf';
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map((item) => formatToml(item, literal)).join(', ')}]`;
  const keys = Object.entries(value).map(([k, v]) => `${/^[A-Za-z0-9_-]+$/.test(k) ? k : basicString(k)} = ${formatToml(v, literal)}`);
  return keys.length ? `{ ${keys.join(', ')} }` : '{}';
}

/** The part of a one-line statement after the value: spaces and a comment, if any. */
function trailer(line: string, prefixLength: number): string {
  for (let cut = prefixLength + 1; cut <= line.length; cut++) {
    const rest = line.slice(cut);
    if (/^[ \t]*(#.*)?$/.test(rest) && parses(line.slice(0, cut))) return rest;
  }
  return '';
}

export function setTomlField(text: string, block: FrontMatterBlock, key: string, value: FrontMatterValue, eol: string): string {
  const source = text.slice(block.contentStart, block.contentEnd);
  const { statements, end } = topLevel(source);
  const statement = statements.findLast((s) => s.key === key);
  const at = block.contentStart;
  if (!statement) {
    const last = statements.at(-1);
    const insertAt = last ? last.to : end;
    const lead = insertAt > 0 && source[insertAt - 1] !== '\n' ? eol : '';
    const name = /^[A-Za-z0-9_-]+$/.test(key) ? key : basicString(key);
    return text.slice(0, at + insertAt) + `${lead}${name} = ${formatToml(value, false)}${eol}` + text.slice(at + insertAt);
  }
  const lines = source.slice(statement.from, statement.to);
  if (sameValue((parseToml(lines) as Record<string, FrontMatterValue>)[key], value)) return text;
  const lineText = lines.replace(/\r?\n$/, '');
  const prefix = (/^[^=]*=[ \t]*/.exec(lineText) as RegExpExecArray)[0];
  const oneLine = !lineText.includes('\n');
  const literal = lineText.slice(prefix.length).startsWith("'");
  const tail = oneLine ? trailer(lineText, prefix.length) : '';
  const replaced = `${prefix}${formatToml(value, literal)}${tail}${lines.slice(lineText.length)}`;
  return text.slice(0, at + statement.from) + (oneLine ? replaced : `${prefix}${formatToml(value, literal)}${eol}`) + text.slice(at + statement.to);
}

export function removeTomlField(text: string, block: FrontMatterBlock, key: string): string {
  const source = text.slice(block.contentStart, block.contentEnd);
  let result = text;
  for (const statement of topLevel(source).statements.filter((s) => s.key === key).reverse()) {
    result = result.slice(0, block.contentStart + statement.from) + result.slice(block.contentStart + statement.to);
  }
  return result;
}
