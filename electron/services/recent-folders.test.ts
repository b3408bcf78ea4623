import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RecentFolders } from './recent-folders';
import { tempFolder, type TempFolder } from './test-support';

let userData: TempFolder;
beforeEach(async () => {
  userData = await tempFolder('postdesk-user-');
});
afterEach(() => userData.remove());

describe('RecentFolders', () => {
  it('remembers folders newest first, without duplicates, across instances', async () => {
    const recent = new RecentFolders(userData.dir);
    expect(await recent.list()).toEqual([]);
    await recent.add('/a');
    await recent.add('/b');
    await recent.add('/a');
    expect(await new RecentFolders(userData.dir).list()).toEqual(['/a', '/b']);
    expect(await recent.remove('/a')).toEqual(['/b']);
  });

  it('keeps the ten newest, even when added at once', async () => {
    const recent = new RecentFolders(userData.dir);
    await Promise.all(Array.from({ length: 12 }, (_, i) => recent.add(`/f${i}`)));
    const list = await recent.list();
    expect(list).toHaveLength(10);
    expect(list[0]).toBe('/f11');
  });

  it('treats a damaged file as an empty list', async () => {
    await userData.write({ 'recent-folders.json': '{oops' });
    expect(await new RecentFolders(userData.dir).list()).toEqual([]);
  });
});
