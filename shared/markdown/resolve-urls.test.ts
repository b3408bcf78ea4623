import { describe, expect, it } from 'vitest';
import { resolveHtmlUrls, resolveUrl } from './resolve-urls';

const base = { assetBase: 'postdesk-asset://workspace/', documentDir: 'content/posts/bundle' };

describe('resolveUrl', () => {
  it.each([
    ['cover.jpg', 'postdesk-asset://workspace/content/posts/bundle/cover.jpg'],
    ['./img/a.png?v=2#frag', 'postdesk-asset://workspace/content/posts/bundle/img/a.png?v=2#frag'],
    ['../shared.png', 'postdesk-asset://workspace/content/posts/shared.png'],
    ['/assets/x.png', 'postdesk-asset://workspace/assets/x.png'],
    ['../../../../../../etc/passwd', 'postdesk-asset://workspace/etc/passwd'],
    ['/docs/', 'postdesk-asset://workspace/docs/'],
    ['https://example.com/a.png', 'https://example.com/a.png'],
    ['postdesk-asset://workspace/a.png', 'postdesk-asset://workspace/a.png'],
    ['//cdn.example.com/a.png', '//cdn.example.com/a.png'],
    ['#heading', '#heading'],
    ['', ''],
  ])('%s -> %s', (url, expected) => {
    expect(resolveUrl(url, base)).toBe(expected);
  });

  it('resolves relative URLs against the site root when the post folder is unknown', () => {
    expect(resolveUrl('a/b.png', { assetBase: 'postdesk-asset://workspace' })).toBe('postdesk-asset://workspace/a/b.png');
  });
});

describe('resolveHtmlUrls', () => {
  it('rewrites quoted and bare src/href/poster values and nothing else', () => {
    const html = `<img src="a.png" data-src="keep.png"><a href='/x'>x</a><video poster=p.jpg></video>`;
    expect(resolveHtmlUrls(html, base)).toBe(
      `<img src="postdesk-asset://workspace/content/posts/bundle/a.png" data-src="keep.png"><a href='postdesk-asset://workspace/x'>x</a><video poster="postdesk-asset://workspace/content/posts/bundle/p.jpg"></video>`,
    );
  });
});
