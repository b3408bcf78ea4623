/** The layer rules are enforced by lint, not habit: each forbidden import is reported. */
import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: root });

async function restrictedImports(file: string, source: string): Promise<number> {
  const [result] = await eslint.lintText(source, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').length;
}

describe('layer rules', () => {
  it.each([
    ['shared/x.ts', "import { app } from 'electron';"],
    ['shared/x.ts', "import { readFile } from 'node:fs';"],
    ['shared/x.ts', "import { useState } from 'react';"],
    ['shared/x.ts', "import matter from 'gray-matter';"],
    ['renderer/x.ts', "import { ipcRenderer } from 'electron';"],
    ['renderer/x.tsx', "import path from 'node:path';"],
    ['electron/services/x.ts', "import { shell } from 'electron';"],
  ])('%s may not: %s', async (file, source) => {
    expect(await restrictedImports(file, `${source}\nexport {};\n`)).toBe(1);
  });

  it.each([
    ['shared/x.ts', "import { parseDocument } from 'yaml';"],
    ['renderer/x.tsx', "import { useState } from 'react';"],
    ['electron/services/x.ts', "import { readFile } from 'node:fs/promises';"],
    ['electron/main.ts', "import { app } from 'electron';"],
  ])('%s may: %s', async (file, source) => {
    expect(await restrictedImports(file, `${source}\nexport {};\n`)).toBe(0);
  });
});
