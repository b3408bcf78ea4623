import { describe, expect, it } from 'vitest';
import { imageMarkdown } from './image-drop';

describe('imageMarkdown', () => {
  it('uses the file name as alt text', () => {
    expect(imageMarkdown('my_desk-photo.png', '/assets/images/my-desk-photo.png')).toBe('![my desk photo](/assets/images/my-desk-photo.png)');
  });
  it('keeps brackets out of the alt text and wraps URLs with spaces', () => {
    expect(imageMarkdown('[draft].png', 'images/a b.png')).toBe('![draft](<images/a b.png>)');
  });
});
