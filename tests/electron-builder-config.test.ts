/**
 * `npm run dist` cannot run here (it needs the Electron binary), so the packaging config is checked
 * the way electron-builder itself checks it: against its own JSON schema, with the same Ajv options.
 * The icons it names must exist and be large enough for every platform's installer.
 */
import Ajv from 'ajv';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const schemaPath = path.join(repoRoot, 'node_modules/app-builder-lib/scheme.json');

type Config = Record<string, unknown>;

async function loadConfig(): Promise<Config> {
  return parseYaml(await readFile(path.join(repoRoot, 'electron-builder.yml'), 'utf8')) as Config;
}

/**
 * The schema compiled with electron-builder's own validator options
 * (app-builder-lib/out/util/config/schemaValidator.js). The default Ajv class speaks draft-07;
 * strict mode would reject the schema's non-standard `typeof` keyword.
 */
async function compileSchema() {
  const schema = JSON.parse(await readFile(schemaPath, 'utf8')) as { $schema: string };
  if (schema.$schema !== 'http://json-schema.org/draft-07/schema#') throw new Error(`unexpected ${schema.$schema}`);
  return new Ajv({ allErrors: true, strict: false }).compile(schema);
}

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature)) return null;
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Every `icon` value anywhere in the config (top level, per platform, per target). */
function iconPaths(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(iconPaths);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === 'icon' && typeof child === 'string' ? [child] : iconPaths(child),
  );
}

/** The PNGs an icon setting stands for: the file itself, or each `WxH.png` of an icon-set folder. */
async function iconFiles(iconPath: string): Promise<string[]> {
  const full = path.resolve(repoRoot, iconPath);
  if (!(await stat(full)).isDirectory()) return [full];
  const names = (await readdir(full)).filter((name) => name.endsWith('.png'));
  return names.map((name) => path.join(full, name));
}

describe('electron-builder.yml', () => {
  const validator = compileSchema();

  it("matches electron-builder's own configuration schema", async () => {
    const validate = await validator;
    const config = await loadConfig();
    const valid = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('is rejected by the same schema when it carries a misspelled or misplaced key', async () => {
    const validate = await validator;
    const config = await loadConfig();
    expect(validate({ ...config, prodcutName: 'Postdesk' })).toBe(false);
    expect(validate.errors?.some((error) => error.params && 'additionalProperty' in error.params)).toBe(true);
    expect(validate({ ...config, linux: { ...(config.linux as Config), target: 42 } })).toBe(false);
  });

  it('builds the installers the README promises under the name and id of the app', async () => {
    const config = await loadConfig();
    expect(config.appId).toBe('app.postdesk.desktop');
    expect(config.productName).toBe('Postdesk');
    expect((config.linux as Config).target).toEqual(['AppImage', 'deb']);
    expect((config.mac as Config).target).toBe('dmg');
    expect((config.win as Config).target).toBe('nsis');
  });

  it('ships the built app and the sample workspace, not the sources', async () => {
    const config = await loadConfig();
    const files = config.files as string[];
    expect(files).toContain('out/**/*');
    expect(files.some((pattern) => /^(electron|renderer|shared)\b/.test(pattern))).toBe(false);
    const resources = config.extraResources as { from: string; to: string }[];
    expect(resources).toContainEqual(expect.objectContaining({ from: 'content', to: 'content' }));
    expect((await stat(path.join(repoRoot, 'content/_posts'))).isDirectory()).toBe(true);
  });

  it('names icons that exist and are PNGs of at least 512x512 (icon sets: each file as its name says)', async () => {
    const icons = iconPaths(await loadConfig());
    expect(icons.length).toBeGreaterThan(0);
    for (const icon of icons) {
      const files = await iconFiles(icon);
      expect(files.length, icon).toBeGreaterThan(0);
      let largest = 0;
      for (const file of files) {
        const size = pngSize(await readFile(file));
        expect(size, `${file} is a PNG`).not.toBeNull();
        const { width, height } = size!;
        expect(width, `${file} is square`).toBe(height);
        const named = path.basename(file).match(/^(\d+)x(\d+)\.png$/);
        if (named) expect(`${width}x${height}`, file).toBe(`${named[1]}x${named[2]}`);
        largest = Math.max(largest, width);
      }
      expect(largest, `largest image of ${icon}`).toBeGreaterThanOrEqual(512);
    }
  });
});
