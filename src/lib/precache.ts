import { createHash } from 'node:crypto';

/** The URL the service worker precaches a built file under (path relative to dist/, with "/"), or undefined when the
    file stays out: share images, feeds, sitemaps, host configuration, the not-found page and the worker itself. */
export function precacheUrl(file: string): string | undefined {
  if (file === '404.html' || file === 'sw.js') return undefined;
  if (file === 'index.html' || file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  if (file.startsWith('_astro/') || file.startsWith('pagefind/') || file.startsWith('icons/')) return `/${file}`;
  if (/^(favicon\.svg|manifest\.webmanifest)$/.test(file) || /\.(css|js|json|woff2?)$/.test(file)) return `/${file}`;
  return undefined;
}

/** Pagefind's ready-made search interfaces (hundreds of KB): precached only when the built site refers to them. */
export function isOptionalSearchUi(url: string): boolean {
  return /^\/pagefind\/pagefind-(?:ui|component-ui|modular-ui|highlight)\.(?:js|css)$/.test(url);
}

/** A short hash of every precached URL and its content: any change to the build gives a new version. */
export function buildVersion(files: readonly { url: string; content: Uint8Array | string }[]): string {
  const hash = createHash('sha256');
  for (const { url, content } of [...files].sort((a, b) => a.url.localeCompare(b.url))) {
    hash.update(url).update('\0').update(createHash('sha256').update(content).digest('hex')).update('\n');
  }
  return hash.digest('hex').slice(0, 12);
}

/** The worker's source with its version and precache list filled in; fails when the template lost its markers. */
export function renderServiceWorker(template: string, version: string, urls: readonly string[]): string {
  const markers = [/^const VERSION = 'dev';$/m, /^const PRECACHE = \[\];$/m];
  if (!markers.every((m) => m.test(template))) {
    throw new Error("service worker template must contain `const VERSION = 'dev';` and `const PRECACHE = [];`");
  }
  return template
    .replace(markers[0] as RegExp, `const VERSION = ${JSON.stringify(version)};`)
    .replace(markers[1] as RegExp, `const PRECACHE = ${JSON.stringify(urls, null, 2)};`);
}

/** The most the service worker downloads in the background on a first visit, in bytes. The whole guide fits many
    times over; a site grown to hundreds of articles keeps its first visit light and caches the rest as it is read. */
const precacheBudget = 5 * 2 ** 20;

/** How much a precached file is needed offline: the lower, the earlier it is kept when the budget runs out. */
function precacheRank(url: string, articleOrder: ReadonlyMap<string, number>): number {
  if (url.startsWith('/pagefind/')) {
    // The engine and its entry point are essential; the index chunks and result fragments grow with the site.
    return /^\/pagefind\/(index|fragment)\//.test(url) ? 4 : 1;
  }
  if (!url.endsWith('/')) return 0; // styles, scripts, fonts, icons, manifest
  if (url === '/' || url === '/guide/') return 2;
  if (articleOrder.has(url)) return 3;
  return 2.5; // the other pages: search, glossary, stages, salaries, print...
}

/**
 * The files to precache, within `budget` bytes: the site's own assets and Pagefind's engine always, then the home
 * page and contents, the other pages, the articles in reading order (`articles`, their URLs) and the search index,
 * each as long as it fits. Below the budget, that is every file.
 */
export function withinBudget<T extends { url: string; bytes: number }>(
  files: readonly T[],
  articles: readonly string[],
  budget = precacheBudget,
): T[] {
  const order = new Map(articles.map((url, i) => [url, i]));
  const ranked = files
    .map((file, i) => ({ file, i, rank: precacheRank(file.url, order) }))
    .sort((a, b) => a.rank - b.rank || (order.get(a.file.url) ?? a.i) - (order.get(b.file.url) ?? b.i));
  let total = 0;
  const kept: T[] = [];
  for (const { file, rank } of ranked) {
    if (rank > 1 && total + file.bytes > budget) continue;
    total += file.bytes;
    kept.push(file);
  }
  return kept;
}
