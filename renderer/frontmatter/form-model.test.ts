import { describe, expect, it } from 'vitest';
import { formModel } from './form-model';
import { editDraft, editField } from './form-edit';
import { termField, termValue } from './term-field';
import { applyChange, minimalChange } from './text-change';
import { readFrontMatter } from '../../shared/frontmatter';

const jekyllPost = `---
# comment stays
title: "Front matter: a field guide"
date: 2024-03-10 09:30:00 +0100
category: workspace
tags:
  - tools
  - 2013
toc: true
author:
  name: Ada
series: [one, two]
summary: |
  Two
  lines
rating: 4.5
cover: ~
---
Body
`;

describe('formModel', () => {
  it('binds the chips to the key the post uses and lists every other field with its editor type', () => {
    const model = formModel(jekyllPost, 'jekyll', '_posts/2024-03-10-guide.md');
    expect(model.editable).toBe(true);
    expect(model.categories).toMatchObject({ key: 'category', chips: ['workspace'], style: 'single' });
    expect(model.tags).toMatchObject({ key: 'tags', chips: ['tools', '2013'], style: 'list' });
    expect(model.draft).toEqual({ mode: 'published', draft: false });
    expect(model.others.map((f) => [f.key, f.type])).toEqual([
      ['toc', 'boolean'],
      ['author', 'complex'],
      ['series', 'list'],
      ['summary', 'multiline'],
      ['rating', 'number'],
      ['cover', 'null'],
    ]);
  });

  it('maps drafts to each site convention', () => {
    expect(formModel('---\ntitle: x\n---\n', 'jekyll', '_drafts/x.md').draft).toEqual({ mode: 'folder' });
    expect(formModel('---\npublished: false\n---\n', 'jekyll', '_posts/2024-01-01-x.md').draft).toEqual({ mode: 'published', draft: true });
    expect(formModel('+++\ndraft = true\n+++\n', 'hugo', 'content/posts/x.md').draft).toEqual({ mode: 'draft', draft: true });
  });

  it('is read-only while the block does not parse, and keeps its raw text and problems', () => {
    const model = formModel('---\ntitle: [oops\ndate: 2024-01-01\n---\nbody\n', 'jekyll', '_posts/2024-01-01-x.md');
    expect(model.editable).toBe(false);
    expect(model.raw).toBe('title: [oops\ndate: 2024-01-01\n');
    expect(model.problems[0]?.severity).toBe('error');
  });
});

describe('term fields', () => {
  it('keeps Jekyll space-separated categories as a string while no name has a space', () => {
    const field = termField('jekyll', { categories: 'writing life' }, 'categories');
    expect(field.chips).toEqual(['writing', 'life']);
    expect(termValue(field, ['writing', 'life', 'craft'])).toBe('writing life craft');
    expect(termValue(field, ['writing', 'real life'])).toEqual(['writing', 'real life']);
  });

  it('keeps untouched list items as written (a number stays a number)', () => {
    const field = termField('jekyll', { tags: ['tools', 2013] }, 'tags');
    expect(termValue(field, ['2013', 'new'])).toEqual([2013, 'new']);
  });

  it('treats a Hugo string as one term, and a singular key emptied is removed', () => {
    expect(termField('hugo', { tags: 'go lang' }, 'tags').chips).toEqual(['go lang']);
    expect(termValue(termField('jekyll', { category: 'x' }, 'categories'), [])).toBeUndefined();
  });
});

describe('form edits', () => {
  it('changes only the edited field and hands back one minimal change', () => {
    const model = formModel(jekyllPost, 'jekyll', '_posts/2024-03-10-guide.md');
    const result = editField(jekyllPost, model.tags.key, termValue(model.tags, [...model.tags.chips, 'yaml']), model.yamlVersion);
    expect(result.ok).toBe(true);
    const text = (result as { text: string }).text;
    expect(minimalChange(jekyllPost, text)).toEqual({ from: jekyllPost.indexOf('toc:'), to: jekyllPost.indexOf('toc:'), insert: '  - yaml\n' });
    expect(readFrontMatter(text, { yamlVersion: '1.1' }).data.tags).toEqual(['tools', 2013, 'yaml']);
  });

  it('sets and clears published: false for a Jekyll post, and draft for Hugo', () => {
    const post = '---\ntitle: x\n---\nbody\n';
    const state = formModel(post, 'jekyll', '_posts/2024-01-01-x.md').draft;
    const drafted = editDraft(post, state, true, '1.1');
    expect(drafted).toEqual({ ok: true, text: '---\ntitle: x\npublished: false\n---\nbody\n' });
    const back = editDraft((drafted as { text: string }).text, { mode: 'published', draft: true }, false, '1.1');
    expect(back).toEqual({ ok: true, text: post });
    expect(editDraft('+++\ndraft = true\n+++\n', { mode: 'draft', draft: true }, false, '1.2')).toEqual({ ok: true, text: '+++\ndraft = false\n+++\n' });
    expect(editDraft(post, { mode: 'folder' }, false, '1.1').ok).toBe(false);
  });

  it('refuses to edit a block that does not parse, with a message', () => {
    const result = editField('---\ntitle: [oops\n---\n', 'title', 'fixed', '1.1');
    expect(result.ok).toBe(false);
  });
});

describe('minimalChange', () => {
  it('finds the changed span and round-trips', () => {
    const pairs: [string, string][] = [
      ['title: a\n', 'title: abc\n'],
      ['x\r\ny\r\n', 'x\r\nz\r\ny\r\n'],
      ['😀a', '😁a'],
      ['same', 'same'],
    ];
    for (const [a, b] of pairs) expect(applyChange(a, minimalChange(a, b))).toBe(b);
    expect(minimalChange('title: a\n', 'title: abc\n')).toEqual({ from: 8, to: 8, insert: 'bc' });
    // A surrogate pair is replaced whole, never split.
    expect(minimalChange('😀a', '😁a')).toEqual({ from: 0, to: 2, insert: '😁' });
  });
});
