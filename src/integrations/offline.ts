/* dist/sw.js: the hand-written service worker (service-worker.js) with this build's precache list and a version
   that is a hash of what it precaches, so every deploy that changes a precached file ships a new worker. */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildVersion, isOptionalSearchUi, precacheUrl, renderServiceWorker, withinBudget } from '../lib/precache.ts';
import { withBase } from '../lib/url.ts';
import { readingOrder, type BuiltSite } from './built-site.ts';

const template = new URL('./service-worker.js', import.meta.url);

/** Writes dist/sw.js. `searchFiles` are the search index's files, written after the site was read. */
export async function writeServiceWorker(site: BuiltSite, searchFiles: readonly string[]) {
  const candidates = [];
  for (const file of [...site.files, ...searchFiles]) {
    const url = precacheUrl(file);
    if (url) candidates.push({ file, url, bytes: (await stat(join(site.root, file))).size });
  }
  // Pagefind's ready-made interfaces are precached only when the site's own scripts load them.
  const scripts = await Promise.all(
    candidates.filter((c) => c.url.startsWith('/_astro/') && c.url.endsWith('.js')).map((c) => read(site, c.file)),
  );
  const code = scripts.join('\n');
  const wanted = candidates.filter(
    (c) => !isOptionalSearchUi(c.url) || code.includes(c.url.slice('/pagefind/'.length)),
  );
  const kept = await Promise.all(
    withinBudget(wanted, readingOrder(site)).map(async (c) => ({
      ...c,
      content: await readFile(join(site.root, c.file)),
    })),
  );
  const version = buildVersion([...kept, { url: '/sw.js', content: await readFile(template) }]);
  // The worker asks for what the reader's browser requests: paths under the site's base.
  const urls = kept.map((f) => withBase(site.base, f.url)).sort();
  await writeFile(join(site.root, 'sw.js'), renderServiceWorker(await readFile(template, 'utf8'), version, urls));
  return { version, urls, wanted: wanted.length, bytes: kept.reduce((sum, f) => sum + f.bytes, 0) };
}

const read = (site: BuiltSite, file: string) => readFile(join(site.root, file), 'utf8');
