// The manifest of published URLs and anchors, read from a built site. Run as a script, it rewrites
// tests/fixtures/published.json from dist/: `npm run build && npm run manifest:update`.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { anchorsIn, parseRedirects, refreshTarget, type Manifest } from '../../src/lib/manifest.ts';

/** Files that are not a public contract: bundles, generated images, the search index, host config, 404. */
const internal = /^(_astro|og|pagefind)\/|^_|^sitemap-\d+\.xml$|^404\.html$/;

/** The manifest a built site in `dir` satisfies, and the redirects it serves. */
export function builtManifest(dir: string): { manifest: Manifest; redirects: Record<string, string> } {
  if (!existsSync(dir)) throw new Error(`${dir} does not exist: run npm run build first`);
  const redirectsFile = join(dir, '_redirects');
  const redirects = existsSync(redirectsFile) ? parseRedirects(readFileSync(redirectsFile, 'utf8')) : {};
  const manifest: Manifest = { pages: {}, files: [] };
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  for (const entry of files) {
    const rel = relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/');
    if (internal.test(rel)) continue;
    if (!rel.endsWith('.html')) {
      manifest.files.push(`/${rel}`);
      continue;
    }
    const path = `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
    const html = readFileSync(join(dir, rel), 'utf8');
    const target = refreshTarget(html);
    if (target) redirects[path] ??= target;
    else manifest.pages[path] = anchorsIn(html);
  }
  manifest.files.sort();
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
  const { manifest } = builtManifest(dist);
  writeFileSync(publishedFile, `${JSON.stringify(manifest, null, 2)}\n`);
  const anchors = Object.values(manifest.pages).flat().length;
  console.log(`${publishedFile}: ${Object.keys(manifest.pages).length} pages, ${anchors} anchors`);
}
