#!/usr/bin/env node
// The CLI is built with the main process (`npm run build`, also run by `npm install` through `prepare`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = fileURLToPath(new URL('../out/main/cli.js', import.meta.url));
if (!existsSync(built)) {
  process.stderr.write('postdesk: not built yet; run `npm run build` in the Postdesk checkout.\n');
  process.exit(2);
}
const { runCli } = await import(built);
process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
