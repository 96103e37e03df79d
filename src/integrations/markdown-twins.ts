/* The Markdown twins (/guide/skills.md beside /guide/skills/), /llms.txt and /llms-full.txt. Each twin is written
   while the built site is read (built-site.ts hands every page's data-twin element to twinWriter), and reused from the
   last build when that element's HTML has not changed; the files are written once the checks have passed. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { TwinWriter } from '../lib/built-page.ts';
import { llmsFullTxt, llmsTxt } from '../lib/llms-txt.ts';
import { htmlToMarkdown, twinPath } from '../lib/markdown.ts';
import { withBase } from '../lib/url.ts';
import { readingOrder, type BuiltSite } from './built-site.ts';

export interface TwinSite {
  origin: string;
  base: string;
  title: string;
  description: string;
}

/** The files this step writes besides the twins, as site paths. */
export const llmsFiles = { index: '/llms.txt', full: '/llms-full.txt' } as const;

/** Twins that /llms.txt lists as optional and /llms-full.txt leaves out: every pair of stages side by side, which
    the stage pages already say stage by stage. */
const optionalTwins = new Set(['/stages/compare/']);

/** A new converter, or new text in it, writes every twin again. */
const converterVersion = createHash('sha1')
  .update(readFileSync(new URL('../lib/markdown.ts', import.meta.url)))
  .digest('hex');

/** Writes twins with htmlToMarkdown, reusing the last build's twin of an unchanged fragment; `save` keeps this
    build's for the next one (in Astro's cache directory). A page whose whole HTML is unchanged keeps its twin in
    built-site.ts's own cache, keyed by `version`, and is not handed here at all. */
export async function twinWriter(site: TwinSite, cacheDir: string) {
  const file = join(cacheDir, 'markdown-twins.json');
  const last = new Map<string, string>(
    Object.entries(await readFile(file, 'utf8').then(JSON.parse, () => ({}))) as [string, string][],
  );
  const kept = new Map<string, string>();
  let converted = 0;
  const write: TwinWriter = (fragment, page) => {
    const pageUrl = new URL(withBase(site.base, page.path), site.origin).href;
    const key = createHash('sha1').update(`${converterVersion}\n${pageUrl}\n`).update(fragment).digest('hex');
    let markdown = last.get(key);
    if (markdown === undefined) {
      markdown = htmlToMarkdown(fragment, pageUrl);
      converted++;
    }
    kept.set(key, markdown);
    return markdown;
  };
  const save = async () => {
    await mkdir(cacheDir, { recursive: true });
    await writeFile(file, JSON.stringify(Object.fromEntries(kept)));
  };
  const version = createHash('sha1').update(`${converterVersion}\n${site.origin}\n${site.base}`).digest('hex');
  return { write, version, save, converted: () => converted };
}

/** The site paths of every twin the read produced. */
export const twinPaths = (site: Pick<BuiltSite, 'pages'>) =>
  new Set(site.pages.filter((p) => p.markdown !== undefined).map((p) => twinPath(p.path)));

/** Writes each twin, /llms.txt and /llms-full.txt; returns their count and the size of llms-full.txt in bytes. */
export async function writeTwins(site: BuiltSite, about: TwinSite): Promise<{ twins: number; fullBytes: number }> {
  const absolute = (path: string) => new URL(withBase(site.base, path), about.origin).href;
  const twinned = site.pages.filter((p): p is typeof p & { markdown: string } => p.markdown !== undefined);
  for (const page of twinned) {
    const file = join(site.root, twinPath(page.path));
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, page.markdown);
  }
  const order = readingOrder(site);
  const articles = order.flatMap((path) => twinned.filter((p) => p.path === path));
  // Reference pages: the shallow ones first (/glossary/, /salaries/, /stages/), then the ones under them.
  const depth = (path: string) => path.split('/').length;
  const others = twinned
    .filter((p) => !order.includes(p.path))
    .sort((a, b) => depth(a.path) - depth(b.path) || a.path.localeCompare(b.path));
  const reference = others.filter((p) => !optionalTwins.has(p.path));
  const optional = others.filter((p) => optionalTwins.has(p.path));
  const link = (page: (typeof twinned)[number]) => ({
    title: page.meta.get('og:title') ?? page.path,
    url: absolute(twinPath(page.path)),
    description: page.meta.get('description'),
  });
  const index = llmsTxt({
    title: about.title,
    summary: about.description,
    notes: [
      'Each link below is the Markdown twin of a page of the guide: the same text as the page, with absolute links. ' +
        'The page itself is at the same address without ".md", ending in a slash.',
      `The guide's articles are meant to be read in the order listed. The whole guide, every article and reference ` +
        `page below (not the optional ones) in one file, is at ${absolute(llmsFiles.full)}.`,
    ],
    sections: [
      { name: 'Guide', links: articles.map(link) },
      { name: 'Reference', links: reference.map(link) },
      {
        name: 'Optional',
        links: [
          ...optional.map(link),
          { title: 'Every change to the guide', url: absolute('/changes/'), description: 'newest first, by page' },
          { title: 'The whole guide in one file', url: absolute(llmsFiles.full) },
        ],
      },
    ],
  });
  const full = llmsFullTxt(
    index,
    [...articles, ...reference].map((p) => ({ url: absolute(p.path), markdown: p.markdown })),
  );
  await writeFile(join(site.root, llmsFiles.index), index);
  await writeFile(join(site.root, llmsFiles.full), full);
  return { twins: twinned.length, fullBytes: Buffer.byteLength(full) };
}
