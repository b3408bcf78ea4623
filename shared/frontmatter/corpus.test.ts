/** Over every file of `../shared/corpus`: the round trip is identical and `set tags` changes only tag lines. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFrontMatter, setField } from './index';
import { onlyFieldLinesChanged } from './test-support';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const corpus = path.resolve(repoRoot, '../shared/corpus');
if (!existsSync(corpus)) console.log(`skipping the corpus tests: ${corpus} not found`);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.(md|markdown|mkdn|text|Rmd|html|yml)$/.test(name) ? [full] : [];
  });
}

const options = { yamlVersion: '1.1' as const };

describe.skipIf(!existsSync(corpus))('the corpus', () => {
  const posts = existsSync(corpus) ? files(corpus).map((file) => ({ name: path.relative(corpus, file), text: readFileSync(file, 'utf8') })) : [];

  it('has posts to check', () => {
    expect(posts.length).toBeGreaterThan(100);
  });

  it('round-trips every file byte for byte, field by field', () => {
    for (const { name, text } of posts) {
      const read = readFrontMatter(text, options);
      expect({ name, problems: read.problems.filter((p) => p.severity === 'error') }).toEqual({ name, problems: [] });
      for (const [key, value] of Object.entries(read.data)) expect({ name, key, same: setField(text, key, value, options) === text }).toEqual({ name, key, same: true });
    }
  });

  it('changes only the tag lines when tags are set', () => {
    for (const { name, text } of posts) {
      const { data } = readFrontMatter(text, options);
      const current = Array.isArray(data.tags) ? data.tags : [];
      const result = setField(text, 'tags', [...current, 'postdesk-added'], options);
      expect(readFrontMatter(result, options).data.tags).toEqual([...current, 'postdesk-added']);
      expect({ name, onlyTags: onlyFieldLinesChanged(text, result, 'tags', '1.1') }).toEqual({ name, onlyTags: true });
    }
  });

  it('changes exactly one line of the seed post when its tags are set', () => {
    const seed = posts.filter((post) => post.name.startsWith('seed/'));
    expect(seed.length).toBeGreaterThan(0);
    for (const { text } of seed) {
      const result = setField(text, 'tags', ['a', 'b'], options);
      const before = text.split('\n');
      const changed = result.split('\n').filter((line, i) => line !== before[i]);
      expect(result.split('\n').length).toBe(before.length);
      expect(changed).toEqual(['tags: [a, b]']);
    }
  });
});
