import { describe, expect, it } from 'vitest';
import type { SiteKind } from '../../shared/site';
import { dateInputs, pickedDate } from './date-input';
import { formModel } from './form-model';
import { validateFrontMatter } from './validate-front-matter';
import { readFrontMatter, type FrontMatterDate } from '../../shared/frontmatter';

function issues(text: string, path = '_posts/2024-01-14-post.md', kind: SiteKind = 'jekyll') {
  return validateFrontMatter(formModel(text, kind, path), kind, path).map((i) => `${i.field}: ${i.message}`);
}

describe('validateFrontMatter', () => {
  it('has nothing to say about a sound post', () => {
    expect(issues('---\ntitle: Hello\ndate: 2024-01-14 10:00:00 +0100\ntags: [a, b]\n---\n')).toEqual([]);
  });

  it('reports a missing or empty title', () => {
    expect(issues('---\ndate: 2024-01-14\n---\n')).toEqual(['title: The post has no title.']);
    expect(issues('---\ntitle: ""\n---\n')).toEqual(['title: The post has no title.']);
  });

  it('reports dates the site cannot read or that are not calendar days', () => {
    expect(issues('---\ntitle: x\ndate: next tuesday\n---\n')[0]).toMatch(/^date: “next tuesday” is not a date/);
    expect(issues('---\ntitle: x\ndate: 2024-02-30\n---\n', '_posts/2024-02-30-x.md')).toEqual(['date: 2024-02-30 is not a day of the calendar.']);
  });

  it('reports a Jekyll filename date that disagrees with the front matter', () => {
    expect(issues('---\ntitle: x\ndate: 2024-01-15 08:00:00\n---\n')).toEqual(['date: The filename says 2024-01-14 but the date says 2024-01-15.']);
    // Drafts and Hugo posts are not dated by their filename.
    expect(issues('---\ntitle: x\ndate: 2024-01-15\n---\n', '_drafts/2024-01-14-post.md')).toEqual([]);
    expect(issues('---\ntitle: x\ndate: 2024-01-15\n---\n', 'content/2024-01-14-post.md', 'hugo')).toEqual([]);
  });

  it('reports duplicate tags, case variants and tags with surrounding spaces', () => {
    expect(issues('---\ntitle: x\ntags: [yaml, yaml, " jekyll", YAML]\ncategories: [a, A]\n---\n')).toEqual([
      'tags: Tag “yaml” is listed twice.',
      'tags: Tag “ jekyll” has spaces around it.',
      'tags: Tags “yaml” and “YAML” differ only in case or spacing.',
      'categories: Categorys “a” and “A” differ only in case or spacing.',
    ]);
  });

  it('shows parse problems and repeated keys for the whole block', () => {
    expect(issues('---\ntitle: [oops\n---\n')[0]).toMatch(/^null: Line 3: /);
    expect(issues('---\ntitle: a\ntitle: b\n---\n')).toEqual(['null: Line 3: duplicate key "title": the last one wins']);
  });
});

describe('date inputs', () => {
  const read = (text: string) => readFrontMatter(`---\ndate: ${text}\n---\n`, { yamlVersion: '1.1' }).data.date as FrontMatterDate;

  it('splits a written date into the picker inputs, keeping its time zone', () => {
    expect(dateInputs(read('2024-03-10 09:30:00 +0100'))).toEqual({ day: '2024-03-10', time: '09:30:00', offset: '+01:00' });
    expect(dateInputs(read('2024-03-10'))).toEqual({ day: '2024-03-10', time: '', offset: '' });
  });

  it('writes a picked day back in the style and zone of the old date', () => {
    const old = read('2024-03-10 09:30:00 +0100');
    expect(pickedDate({ ...dateInputs(old), day: '2024-03-11' }, old)?.text).toBe('2024-03-11 09:30:00 +0100');
    expect(pickedDate({ day: '2024-03-11', time: '07:05', offset: 'Z' }, read('2024-03-10T09:30:00Z'))?.text).toBe('2024-03-11T07:05:00Z');
    expect(pickedDate({ day: '2024-02-30', time: '', offset: '' }, old)).toBeNull();
    expect(pickedDate({ day: '2024-02-03', time: '10:00', offset: 'nowhere' }, old)).toBeNull();
  });
});
