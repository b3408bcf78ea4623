import { describe, expect, it } from 'vitest';
import { postBody } from './split';

describe('postBody', () => {
  it('gives the body and how many lines the front matter took', () => {
    expect(postBody('---\ntitle: A\n---\nBody\n')).toEqual({ body: 'Body\n', lineOffset: 3 });
    expect(postBody('\uFEFF---\r\ntitle: A\r\n---\r\nBody')).toEqual({ body: 'Body', lineOffset: 3 });
    expect(postBody('No front matter.\n')).toEqual({ body: 'No front matter.\n', lineOffset: 0 });
  });
});
