import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  buildVersion,
  isOptionalSearchUi,
  precacheBudget,
  precacheUrl,
  renderServiceWorker,
  withinBudget,
} from '../lib/precache';

const template = new URL('./service-worker.js', import.meta.url);

/** Article URLs in reading order, as the contents page lists them. */
async function readingOrder(root: string): Promise<string[]> {
  const contents = await readFile(join(root, 'guide/index.html'), 'utf8').catch(() => '');
  return [...new Set([...contents.matchAll(/href="(\/guide\/[^/"#?]+\/)"/g)].map((m) => m[1] as string))];
}

/** Writes dist/sw.js with the build's precache list and version; returns what it precaches. */
export async function writeServiceWorker(root: string) {
  const found = [];
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const url = precacheUrl(relative(root, path).split(sep).join('/'));
    if (url) found.push({ url, content: await readFile(path) });
  }
  // The site's own pages and scripts, outside Pagefind's folder, say which search interface they load.
  const code = found
    .filter((f) => !f.url.startsWith('/pagefind/') && /(\/|\.js)$/.test(f.url))
    .map((f) => f.content.toString())
    .join('\n');
  const wanted = found
    .filter((f) => !isOptionalSearchUi(f.url) || code.includes(f.url.slice('/pagefind/'.length)))
    .map((f) => ({ ...f, bytes: f.content.byteLength }));
  const files = withinBudget(wanted, await readingOrder(root));
  const version = buildVersion([...files, { url: '/sw.js', content: await readFile(template) }]);
  const urls = files.map((f) => f.url).sort();
  await writeFile(join(root, 'sw.js'), renderServiceWorker(await readFile(template, 'utf8'), version, urls));
  return { version, urls, wanted: wanted.length, bytes: files.reduce((sum, f) => sum + f.bytes, 0) };
}

/** Generates the service worker after the build. List it last in astro.config.mjs, so files other integrations add
    to dist/ (the Pagefind index) are built by then and get precached; a missing index is simply not precached. */
export default function offline(): AstroIntegration {
  return {
    name: 'offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { version, urls, wanted, bytes } = await writeServiceWorker(fileURLToPath(dir));
        const search = urls.some((u) => u.startsWith('/pagefind/index/')) ? 'with' : 'without';
        const budget = `${Math.round(precacheBudget / 1024)} KB budget`;
        logger.info(
          `sw.js ${version}: precaches ${urls.length} of ${wanted} files, ${Math.round(bytes / 1024)} KB ` +
            `(${budget}), ${search} the search index`,
        );
      },
    },
  };
}
