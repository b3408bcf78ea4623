import { describe, expect, it } from 'vitest';
import { insertLink, toggleBold, toggleItalic } from './inline-format';
import { apply } from './test-state';

describe('toggleBold', () => {
  it('wraps the selection and keeps it selected', () => {
    expect(apply(toggleBold, 'a «word» here')).toBe('a **«word»** here');
  });
  it('unwraps when the marks sit just outside the selection', () => {
    expect(apply(toggleBold, 'a **«word»** here')).toBe('a «word» here');
  });
  it('unwraps when the marks are part of the selection', () => {
    expect(apply(toggleBold, 'a «**word**» here')).toBe('a «word» here');
  });
  it('recognises __underscore__ bold', () => {
    expect(apply(toggleBold, '__«word»__')).toBe('«word»');
  });
  it('inserts a pair of marks around an empty cursor and puts the cursor inside', () => {
    expect(apply(toggleBold, 'say |')).toBe('say **|**');
  });
  it('removes an empty pair when pressed again', () => {
    expect(apply(toggleBold, 'say **|**')).toBe('say |');
  });
  it('bolds an italic word without breaking its italics', () => {
    expect(apply(toggleBold, '*«word»*')).toBe('***«word»***');
  });
  it('handles every selection range', () => {
    expect(apply(toggleBold, '«one» and «two»')).toBe('**«one»** and **«two»**');
  });
});

describe('toggleItalic', () => {
  it('wraps with a single star', () => {
    expect(apply(toggleItalic, '«word»')).toBe('*«word»*');
  });
  it('italicises a bold word rather than unbolding it', () => {
    expect(apply(toggleItalic, '**«word»**')).toBe('***«word»***');
  });
  it('removes only the italics of bold italics', () => {
    expect(apply(toggleItalic, '***«word»***')).toBe('**«word»**');
  });
});

describe('insertLink', () => {
  it('makes selected text the link text and puts the cursor where the URL goes', () => {
    expect(apply(insertLink, 'see «the docs» now')).toBe('see [the docs](|) now');
  });
  it('makes a selected URL the target and puts the cursor where the text goes', () => {
    expect(apply(insertLink, '«https://example.com/a»')).toBe('[|](https://example.com/a)');
  });
  it('inserts empty link markup around the cursor', () => {
    expect(apply(insertLink, 'x |')).toBe('x [|]()');
  });
});
