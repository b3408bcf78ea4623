// Layer rules: shared/ is pure, the renderer has no Node or Electron, services have no Electron.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const electronOnly = { group: ['electron', 'electron/*'], message: 'Only electron/main.ts, electron/preload.ts and electron/ipc-register.ts may import electron.' };
const nodeOnly = { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'url', 'gray-matter', 'chokidar', 'jsdom'], message: 'This layer runs in the browser too: no Node modules.' };
const reactOnly = { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'shared/ is framework-free.' };

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'bench/results/**', 'bin/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { patterns: [electronOnly, nodeOnly, reactOnly] }],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/**/*.test.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [electronOnly, nodeOnly] }],
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main.ts', 'electron/preload.ts', 'electron/ipc-register.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [electronOnly] }],
    },
  },
);
