import { describe, expect, it } from 'vitest';
import { toggleHeading } from './heading-command';
import { apply } from './test-state';

describe('toggleHeading', () => {
  it('turns a paragraph line into a heading, cursor staying in the text', () => {
    expect(apply(toggleHeading(2), 'Intro|duction')).toBe('## Intro|duction');
  });
  it('puts a cursor at the start of the line after the new marker', () => {
    expect(apply(toggleHeading(1), '|Title')).toBe('# |Title');
  });
  it('changes the level of an existing heading', () => {
    expect(apply(toggleHeading(3), '# Ti|tle')).toBe('### Ti|tle');
  });
  it('removes the heading when it already has that level', () => {
    expect(apply(toggleHeading(2), '## Ti|tle')).toBe('Ti|tle');
  });
  it('applies to every line the selection touches, once each', () => {
    expect(apply(toggleHeading(4), '«one\ntwo»\nthree')).toBe('#### «one\n#### two»\nthree');
  });
});
