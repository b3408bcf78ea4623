import { mkdir, realpath, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { confinePath } from './confine-path';
import { tempFolder, type TempFolder } from './test-support';

let root: string;
let outside: TempFolder;
let inside: TempFolder;
beforeEach(async () => {
  inside = await tempFolder('postdesk-ws-');
  outside = await tempFolder('postdesk-outside-');
  root = await realpath(inside.dir);
  await inside.write({ '_posts/2024-01-01-a.md': 'a', 'assets/img.png': 'png' });
  await writeFile(path.join(outside.dir, 'secret.md'), 'secret');
});
afterEach(async () => {
  await inside.remove();
  await outside.remove();
});

describe('confinePath', () => {
  it('resolves ordinary workspace paths, existing or not', async () => {
    expect(await confinePath(root, '_posts/2024-01-01-a.md')).toBe(path.join(root, '_posts', '2024-01-01-a.md'));
    expect(await confinePath(root, './_drafts/new.md')).toBe(path.join(root, '_drafts', 'new.md'));
    expect(await confinePath(root, '_posts\\2024-01-01-a.md')).toBe(path.join(root, '_posts', '2024-01-01-a.md'));
  });

  it.each([
    ['..', '../secret.md'],
    ['.. in the middle', '_posts/../../secret.md'],
    ['an absolute path', '/etc/passwd'],
    ['a NUL byte', '_posts/a.md\0.png'],
    ['a Windows drive path', 'C:\\x'],
    ['a drive-relative path', 'c:x.md'],
    ['a UNC path', '\\\\server\\share\\x.md'],
    ['a forward-slash UNC path', '//x/y.md'],
    ['a backslash-rooted path', '\\x.md'],
    ['an empty path', ''],
    ['only dots', './.'],
  ])('refuses %s', async (_why, requested) => {
    await expect(confinePath(root, requested)).rejects.toMatchObject({ code: 'outside-workspace' });
  });

  it('refuses a symlinked file that points outside', async () => {
    await symlink(path.join(outside.dir, 'secret.md'), path.join(root, '_posts', '2024-01-02-link.md'));
    await expect(confinePath(root, '_posts/2024-01-02-link.md')).rejects.toMatchObject({ code: 'outside-workspace' });
  });

  it('refuses paths through a symlinked folder that points outside, even for files that do not exist yet', async () => {
    await symlink(outside.dir, path.join(root, 'escape'), 'dir');
    await expect(confinePath(root, 'escape/secret.md')).rejects.toMatchObject({ code: 'outside-workspace' });
    await expect(confinePath(root, 'escape/new-file.md')).rejects.toMatchObject({ code: 'outside-workspace' });
    await expect(confinePath(root, 'escape/new-dir/new-file.md')).rejects.toMatchObject({ code: 'outside-workspace' });
  });

  it('allows symlinks that stay inside the workspace', async () => {
    await symlink(path.join(root, 'assets'), path.join(root, 'images'), 'dir');
    await symlink(path.join(root, '_posts', '2024-01-01-a.md'), path.join(root, 'alias.md'));
    expect(await confinePath(root, 'images/img.png')).toBe(path.join(root, 'images', 'img.png'));
    expect(await confinePath(root, 'alias.md')).toBe(path.join(root, 'alias.md'));
  });

  it('refuses a dangling symlink whose target would be outside', async () => {
    await mkdir(path.join(root, 'drafts'));
    await symlink(path.join(outside.dir, 'not-yet.md'), path.join(root, 'drafts', 'dangling.md'));
    await expect(confinePath(root, 'drafts/dangling.md')).rejects.toMatchObject({ code: 'outside-workspace' });
  });
});
