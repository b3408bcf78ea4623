/** Reads a value typed as YAML flow text (`[a, b]`, `"Title: with colon"`, `2024-01-29`, `false`), as `postdesk set` takes it. */
import { FrontMatterEditError } from './edit-error';
import type { FrontMatterValue } from './value';
import { parseYamlSource, toPlain, type YamlVersion } from './yaml-read';

export function parseFlowValue(source: string, version: YamlVersion = '1.2'): FrontMatterValue {
  const doc = parseYamlSource(source, version);
  const error = doc.errors[0];
  if (error) throw new FrontMatterEditError(`not a YAML value: ${error.message.split('\n')[0] as string}`);
  return toPlain(doc.contents, doc);
}
