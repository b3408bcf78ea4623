import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assetUrl, saveAsset } from './asset-store';
import { conventionsFor } from './site-conventions';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'postdesk-assets-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

const png = (n: number) => new Uint8Array([0x89, 0x50, 0x4e, 0x47, n]);

describe('saveAsset', () => {
  it('stores the image in the site asset folder and returns the URL the site serves', async () => {
    const saved = await saveAsset(root, conventionsFor('jekyll'), '_posts/2024-01-01-a.md', 'Screen Shot 2024.png', 'image/png', png(1));
    expect(saved).toEqual({ path: 'assets/images/screen-shot-2024.png', markdownUrl: '/assets/images/screen-shot-2024.png' });
    expect(new Uint8Array(await readFile(path.join(root, saved.path)))).toEqual(png(1));
  });

  it('never overwrites another image of the same name, and stores the same image once', async () => {
    const jekyll = conventionsFor('jekyll');
    const first = await saveAsset(root, jekyll, '_posts/a.md', 'image.png', 'image/png', png(1));
    const second = await saveAsset(root, jekyll, '_posts/a.md', 'image.png', 'image/png', png(2));
    const again = await saveAsset(root, jekyll, '_posts/a.md', 'image.png', 'image/png', png(2));
    expect([first.path, second.path, again.path]).toEqual(['assets/images/image.png', 'assets/images/image-2.png', 'assets/images/image-2.png']);
    expect(new Uint8Array(await readFile(path.join(root, first.path)))).toEqual(png(1));
  });

  it('uses the extension of the real type and refuses non-images', async () => {
    const saved = await saveAsset(root, conventionsFor('hugo'), 'content/posts/a.md', 'photo.png', 'image/jpeg', png(3));
    expect(saved).toEqual({ path: 'static/images/photo.jpg', markdownUrl: '/images/photo.jpg' });
    await expect(saveAsset(root, conventionsFor('hugo'), 'content/posts/a.md', 'x.html', 'image/x-html', png(1))).rejects.toThrow(/cannot be stored/);
  });

  it('refuses a post path outside the workspace', async () => {
    await expect(saveAsset(root, conventionsFor('plain'), '../x.md', 'a.png', 'image/png', png(1))).rejects.toMatchObject({ code: 'outside-workspace' });
  });
});

describe('assetUrl', () => {
  it('follows each engine: site root for Jekyll, static/ and source/ served at the root, else relative', () => {
    expect(assetUrl('jekyll', 'assets/images/a.png', '_posts/x.md')).toBe('/assets/images/a.png');
    expect(assetUrl('hugo', 'static/images/a.png', 'content/posts/x.md')).toBe('/images/a.png');
    expect(assetUrl('hexo', 'source/images/a.png', 'source/_posts/x.md')).toBe('/images/a.png');
    expect(assetUrl('plain', 'images/a.png', 'notes/x.md')).toBe('../images/a.png');
    expect(assetUrl('plain', 'images/a.png', 'x.md')).toBe('./images/a.png');
  });
});
