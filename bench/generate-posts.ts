/**
 * Writes N realistic blog posts for the benchmark: front matter of 5–15 fields, 300–3,000 words,
 * headings, lists, images and code blocks. The same seed gives the same posts, laid out either as
 * a Jekyll site (`_posts/`) or as a Hugo site (`content/posts/` with `hugo.toml`).
 *
 * Run alone: `tsx bench/generate-posts.ts DIR N [jekyll|hugo] [seed]`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type Layout = 'jekyll' | 'hugo';

/** mulberry32: a small, fast, deterministic PRNG. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'the a of and to in is that it for on with as was at by this be from or an are not have which ' +
  'writing blog post draft editor markdown front matter site build static page layout theme template ' +
  'image photo garden morning coffee desk notebook travel river mountain city evening library book ' +
  'reading chapter idea revision sentence paragraph rhythm voice reader story detail quiet light window ' +
  'code function module test release version deploy server client request response cache index search ' +
  'small careful honest simple patient steady bright early late slowly quickly often rarely again'
).split(' ');
const TAGS = 'writing tools markdown jekyll hugo travel books code notes photography design craft life review tutorial'.split(' ');
const CATEGORIES = 'essays notes tutorials reviews travel journal'.split(' ');
const AUTHORS = ['Ada Brook', 'Sam Ortiz', 'Lin Wei', 'Noor Haddad', 'Jo Meyer'];
const LANGS = ['js', 'python', 'ruby', 'bash', 'go', 'yaml'];

interface Rng {
  next: () => number;
  int: (min: number, max: number) => number;
  pick: <T>(items: readonly T[]) => T;
}

function rng(seed: number): Rng {
  const next = random(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return { next, int, pick: (items) => items[int(0, items.length - 1)] as (typeof items)[number] };
}

function sentence(r: Rng): string {
  const words = Array.from({ length: r.int(6, 18) }, () => r.pick(WORDS));
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function body(r: Rng, wordTarget: number, slug: string): string {
  const parts: string[] = [];
  let words = 0;
  let section = 1;
  while (words < wordTarget) {
    const roll = r.next();
    if (roll < 0.08) {
      parts.push(`## Part ${section++}: ${sentence(r).slice(0, -1).split(' ').slice(0, 4).join(' ')}`);
    } else if (roll < 0.13) {
      parts.push(`![${r.pick(WORDS)} ${r.pick(WORDS)}](/assets/images/${slug}-${r.int(1, 9)}.jpg)`);
    } else if (roll < 0.18) {
      const lang = r.pick(LANGS);
      const lines = Array.from({ length: r.int(3, 12) }, () => `  ${r.pick(WORDS)}_${r.pick(WORDS)} = ${r.int(0, 999)}; // ${r.pick(WORDS)}`);
      parts.push(['```' + lang, ...lines, '```'].join('\n'));
      words += lines.length * 4;
    } else if (roll < 0.24) {
      const items = Array.from({ length: r.int(2, 6) }, () => `- ${sentence(r)}`);
      parts.push(items.join('\n'));
      words += items.length * 10;
    } else {
      const paragraph = Array.from({ length: r.int(2, 7) }, () => sentence(r)).join(' ');
      parts.push(paragraph);
      words += paragraph.split(' ').length;
    }
  }
  return `${parts.join('\n\n')}\n`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** One post: its slug, date and full text. */
export function makePost(seed: number, i: number): { slug: string; day: string; text: string } {
  const r = rng(seed * 1_000_003 + i);
  const title = `${sentence(r).slice(0, -1).split(' ').slice(0, r.int(3, 8)).join(' ')} ${i}`;
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const day = `${r.int(2012, 2024)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`;
  const date = `${day}T${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:00+01:00`;
  const optional: [string, string][] = [
    ['author', JSON.stringify(r.pick(AUTHORS))],
    ['description', JSON.stringify(sentence(r))],
    ['image', `/assets/images/${slug}-cover.jpg`],
    ['layout', 'post'],
    ['comments', String(r.next() < 0.5)],
    ['toc', String(r.next() < 0.5)],
    ['series', JSON.stringify(`${r.pick(WORDS)} ${r.pick(WORDS)}`)],
    ['lastmod', `${day}T12:00:00+01:00`],
    ['keywords', `[${Array.from({ length: r.int(1, 4) }, () => r.pick(WORDS)).join(', ')}]`],
    ['featured', String(r.next() < 0.1)],
  ];
  const fields: [string, string][] = [
    ['title', JSON.stringify(title)],
    ['date', date],
    ['tags', `[${[...new Set(Array.from({ length: r.int(1, 5) }, () => r.pick(TAGS)))].join(', ')}]`],
    ['categories', `\n  - ${r.pick(CATEGORIES)}`],
    ['draft', String(r.next() < 0.05)],
    ...optional.filter(() => r.next() < 0.5).slice(0, r.int(0, 10)),
  ];
  const frontMatter = fields.map(([k, v]) => `${k}: ${v}`).join('\n');
  return { slug, day, text: `---\n${frontMatter}\n---\n\n${body(r, r.int(300, 3000), slug)}` };
}

/** Writes `count` posts into `dir` in the given layout; returns their workspace-relative paths. */
export async function generatePosts(dir: string, count: number, layout: Layout, seed = 1): Promise<string[]> {
  const postsDir = layout === 'jekyll' ? '_posts' : path.join('content', 'posts');
  await mkdir(path.join(dir, postsDir), { recursive: true });
  if (layout === 'jekyll') await writeFile(path.join(dir, '_config.yml'), 'title: Bench\n');
  else await writeFile(path.join(dir, 'hugo.toml'), 'baseURL = "https://example.org/"\ntitle = "Bench"\n');
  const paths: string[] = [];
  const batch = 64;
  for (let start = 0; start < count; start += batch) {
    const written = Array.from({ length: Math.min(batch, count - start) }, async (_, k) => {
      const { slug, day, text } = makePost(seed, start + k);
      const name = layout === 'jekyll' ? `${day}-${slug}.md` : `${slug}.md`;
      await writeFile(path.join(dir, postsDir, name), text);
      return `${postsDir.split(path.sep).join('/')}/${name}`;
    });
    paths.push(...(await Promise.all(written)));
  }
  return paths;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir, count, layout = 'jekyll', seed = '1'] = process.argv.slice(2);
  if (!dir || !count) {
    console.error('usage: tsx bench/generate-posts.ts DIR N [jekyll|hugo] [seed]');
    process.exit(2);
  }
  const paths = await generatePosts(path.resolve(dir), Number(count), layout as Layout, Number(seed));
  console.log(`wrote ${paths.length} posts to ${dir}`);
}
