/* The built site, read once: every file under dist/, and every HTML page parsed once (src/lib/built-page.ts).
   The post-build steps and the test tools all take this one list instead of walking dist/ themselves. */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { deserialize, serialize } from 'node:v8';
import { join, relative, sep } from 'node:path';
import { parseBuiltPage, stringTable, type BuiltPage, type TwinWriter } from '../lib/built-page.ts';
import { sitePath } from '../lib/url.ts';

export interface BuiltSite {
  /** The dist/ folder, absolute. */
  root: string;
  /** The path the site is served under: "/", or "/repo/". Links on its pages include it; `path`s do not. */
  base: string;
  /** Every file, as a path under dist/ with "/" separators, sorted. */
  files: string[];
  /** Every HTML page, in the order of `files`. */
  pages: BuiltPage[];
  /** The page served at a URL path (/guide/skills/), if any. */
  page(path: string): BuiltPage | undefined;
  /** Whether a URL path names a built page or file. */
  serves(path: string): boolean;
  /** A hash of an HTML page's bytes (its path under dist/), for caches keyed on what the build produced. */
  digest(file: string): string;
}

/** Where the pages read by the last build are kept, by a hash of each file's path and bytes: a rebuild parses only
    the pages whose HTML changed. */
const parsedPages = 'built-pages.v8';

export interface ReadOptions {
  /** Pages unchanged since the last read are taken from here instead of parsed again. */
  cacheDir?: string;
  /** Writes each page's Markdown twin during the same read (see src/integrations/markdown-twins.ts); `version`
      names the converter and the site's address, so a kept page holds a twin written the same way. */
  markdown?: { write: TwinWriter; version: string };
}

/** Reads the site built into `root`, served under `base`. Pagefind's bundle is left out: it is written after. */
export async function readBuiltSite(
  root: string,
  base = '/',
  { cacheDir, markdown }: ReadOptions = {},
): Promise<BuiltSite> {
  const files = (await readdir(root, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((file) => !file.startsWith('pagefind/'))
    .sort();
  const digests = new Map<string, string>();
  const pages: BuiltPage[] = [];
  const own = stringTable();
  const earlier = cacheDir ? await readParsed(join(cacheDir, parsedPages)) : new Map<string, BuiltPage>();
  const now = new Map<string, BuiltPage>();
  // One page at a time: parsing is synchronous work, and holding every page of a large site at once costs memory.
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    const html = await readFile(join(root, file), 'utf8');
    const digest = createHash('sha1').update(html).digest('hex');
    digests.set(file, digest);
    const key = `${file}\0${digest}\0${markdown?.version ?? ''}`;
    const page = earlier.get(key) ?? parseBuiltPage(file, html, own, markdown?.write);
    now.set(key, page);
    pages.push(page);
  }
  if (cacheDir) {
    await mkdir(cacheDir, { recursive: true });
    await writeFile(join(cacheDir, parsedPages), serialize(now));
  }
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const served = new Set(files.map((f) => `/${f}`));
  return {
    root,
    base,
    files,
    pages,
    page: (path) => byPath.get(path),
    serves: (path) => byPath.has(path) || served.has(path),
    digest: (file) => {
      const digest = digests.get(file);
      if (!digest) throw new Error(`${file} is not an HTML page of this build`);
      return digest;
    },
  };
}

/** The pages the last build read, or none when there is no usable record (first build, another Node version). */
async function readParsed(file: string): Promise<Map<string, BuiltPage>> {
  try {
    const value: unknown = deserialize(await readFile(file));
    return value instanceof Map ? (value as Map<string, BuiltPage>) : new Map();
  } catch {
    return new Map();
  }
}

/** Article pages in reading order, followed through their rel="next" links from the one no page leads to. */
export function readingOrder(site: Pick<BuiltSite, 'pages' | 'base'>): string[] {
  const next = new Map<string, string>();
  for (const page of site.pages) {
    const link = page.links.find((l) => l.rel === 'next');
    const served = link && new URL(link.href, `https://site.invalid${site.base}`).pathname;
    const target = served && sitePath(site.base, served);
    if (target) next.set(page.path, target);
  }
  const targets = new Set(next.values());
  const first = [...next.keys()].find((path) => !targets.has(path));
  const order: string[] = [];
  for (let path = first; path && !order.includes(path); path = next.get(path)) order.push(path);
  return order;
}
