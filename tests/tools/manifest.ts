// The manifest of published URLs and anchors, and the check that a build keeps them all. A page that moved counts
// when a redirect leads to it, and its anchors are then looked for on the new page (a 301 keeps the #fragment);
// an anchor kept as a heading alias (<span id="old" data-alias-of="new">) counts like the heading itself.
// Run as a script, it rewrites tests/fixtures/published.json from dist/: `npm run build && npm run manifest:update`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBuiltSite } from '../../src/integrations/built-site.ts';

export interface Manifest {
  /** Page path -> the ids readers can link to on it: headings and heading aliases, sorted. */
  pages: Record<string, string[]>;
  /** Other public files with a fixed URL: the feed, robots.txt, the sitemap index, the icon. */
  files: string[];
}

/** `_redirects` rules as a map of old path -> new path (comments, splats and non-3xx rules are left out). */
export function parseRedirects(text: string): Record<string, string> {
  const map: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const [from, to, status = '301'] = line.trim().split(/\s+/);
    if (!from || !to || from.startsWith('#') || from.includes('*') || !/^3\d\d!?$/.test(status)) continue;
    map[from] = to;
  }
  return map;
}

/** Every published URL or anchor that `built` no longer serves, as sentences; empty when nothing broke. */
export function missingFrom(published: Manifest, built: Manifest, redirects: Record<string, string>): string[] {
  const problems: string[] = [];
  for (const [path, anchors] of Object.entries(published.pages)) {
    let target = path;
    for (let hops = 0; !(target in built.pages) && redirects[target] && hops < 5; hops++) {
      target = redirects[target] as string;
    }
    const live = built.pages[target];
    if (!live) {
      problems.push(`${path} is gone: restore the page or add a redirect in src/site.config.ts`);
      continue;
    }
    const via = target === path ? '' : ` (redirected to ${target})`;
    for (const anchor of anchors) {
      if (!live.includes(anchor)) {
        problems.push(`${path}#${anchor}${via} is gone: keep it as a heading alias (aliases: in the frontmatter)`);
      }
    }
  }
  for (const file of published.files) {
    if (!built.files.includes(file) && !redirects[file]) problems.push(`${file} is gone`);
  }
  return problems;
}

/** Pages, anchors and files that `built` serves but `published` does not list yet. */
export function unlisted(published: Manifest, built: Manifest): string[] {
  const extra: string[] = [];
  for (const [path, anchors] of Object.entries(built.pages)) {
    const listed = published.pages[path];
    if (!listed) extra.push(path);
    else extra.push(...anchors.filter((a) => !listed.includes(a)).map((a) => `${path}#${a}`));
  }
  extra.push(...built.files.filter((f) => !published.files.includes(f)));
  return extra;
}

/** Files that are not a public contract: bundles, generated images, the search index, host config, 404, and the
    glossary definitions the popovers fetch. */
const internal = /^(_astro|og|pagefind)\/|^_|^sitemap-\d+\.xml$|^404\.html$|^glossary\/terms\.json$/;

/** The manifest a built site in `dir` satisfies, and the redirects it serves (read with the build's own reader). */
export async function builtManifest(dir: string): Promise<{ manifest: Manifest; redirects: Record<string, string> }> {
  if (!existsSync(dir)) throw new Error(`${dir} does not exist: run npm run build first`);
  const site = await readBuiltSite(dir);
  const redirectsFile = join(dir, '_redirects');
  const redirects = existsSync(redirectsFile) ? parseRedirects(readFileSync(redirectsFile, 'utf8')) : {};
  const manifest: Manifest = { pages: {}, files: [] };
  manifest.files = site.files.filter((f) => !internal.test(f) && !f.endsWith('.html')).map((f) => `/${f}`);
  for (const page of site.pages) {
    if (internal.test(page.path.slice(1))) continue;
    if (page.refresh) redirects[page.path] ??= page.refresh;
    else manifest.pages[page.path] = page.anchors;
  }
  manifest.pages = Object.fromEntries(Object.entries(manifest.pages).sort(([a], [b]) => a.localeCompare(b)));
  return { manifest, redirects };
}

export const publishedFile = fileURLToPath(new URL('../fixtures/published.json', import.meta.url));

/** The committed manifest. */
export function publishedManifest(file = publishedFile): Manifest {
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dist = fileURLToPath(new URL('../../dist', import.meta.url));
  const { manifest } = await builtManifest(dist);
  writeFileSync(publishedFile, `${JSON.stringify(manifest, null, 2)}\n`);
  const anchors = Object.values(manifest.pages).flat().length;
  console.log(`${publishedFile}: ${Object.keys(manifest.pages).length} pages, ${anchors} anchors`);
}
