/* The search index: Pagefind reads the article pages of the build and its bundle is written to dist/pagefind/.
   The bundle is cached by a hash of the pages it reads, so a rebuild whose articles are unchanged copies the last
   index instead of building it again. During `astro dev` the last build's index is served at /pagefind/. */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { copyFile, cp, link, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger, HookParameters } from 'astro';
import * as pagefind from 'pagefind';
import { minifySync } from 'vite';
import type { BuiltSite } from './built-site.ts';

/** The built pages Pagefind reads: the articles, at /guide/<slug>/ (a public URL). */
const searchableGlob = 'guide/*/index.html';
const isSearchable = (file: string) => /^guide\/[^/]+\/index\.html$/.test(file);

/** Size of one index file, in word occurrences (Pagefind's default is 20,000): a first query then fetches the few
    words it needs rather than most of the index. At 1,000 a word costs about 2 KB (3.5 KB at 2,000), which keeps a
    search session within its 100 KiB (tests/bench/search.mjs); the list of chunks, fetched when search opens, grows
    about 14 bytes a chunk (0.9 KB for this guide). */
const indexChunkSize = 1000;

/** Pagefind's scripts that pages load. Pagefind ships them compacted but not minified: its API alone is 47 KB, and
    minified (names shortened too) it costs a reader 1.9 KB less on the wire, within the search session's budget. */
const loadedScripts = ['pagefind.js', 'pagefind-worker.js', 'pagefind-highlight.js'];

/** Pages that ask to be searched (data-pagefind-body) but lie outside `searchableGlob`, which Pagefind would skip. */
export function searchScopeProblems(site: Pick<BuiltSite, 'pages'>): string[] {
  return site.pages
    .filter((p) => p.searchable && !isSearchable(`${p.path.slice(1)}index.html`))
    .map(
      (p) =>
        `${p.path}: has data-pagefind-body, but Pagefind reads only ${searchableGlob}; widen searchableGlob in ` +
        'src/integrations/search-index.ts',
    );
}

/**
 * Writes Pagefind's bundle into dist/pagefind and resolves with its files (paths under dist/). It reads the pages
 * Pagefind reads from disk itself, so it can start before the rest of the post-build step has read the site: Pagefind
 * indexes in its own process, on another core, while the site is read and checked.
 */
export async function writeSearchIndex(root: string, cacheDir: string, logger: AstroIntegrationLogger) {
  const bundle = join(root, 'pagefind');
  const sources = (await readdir(join(root, 'guide'), { withFileTypes: true }))
    .filter((e) => e.isDirectory() && existsSync(join(root, 'guide', e.name, 'index.html')))
    .map((e) => `guide/${e.name}/index.html`)
    .sort();
  const hash = createHash('sha256').update(
    `${pagefindVersion()}\n${indexChunkSize}\n${loadedScripts.join()} minified\n`,
  );
  for (const file of sources)
    hash
      .update(file)
      .update('\0')
      .update(await readFile(join(root, file)))
      .update('\n');
  const key = hash.digest('hex').slice(0, 20);
  const cached = join(cacheDir, 'pagefind', key);
  const listing = join(cached, '.files.json');

  if (existsSync(listing)) {
    const files = JSON.parse(await readFile(listing, 'utf8')) as string[];
    await placeFiles(cached, bundle, files);
    logger.info(`search index for ${sources.length} articles reused (unchanged)`);
    return files.map((f) => `pagefind/${f}`);
  }

  // Pagefind reads this when its service starts.
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= String(indexChunkSize);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: root, glob: searchableGlob });
  if (added.errors.length) throw new Error(`Pagefind could not index ${root}: ${added.errors.join('; ')}`);
  // Pagefind writes its files itself: fetching them through its service (getFiles) is several times slower.
  const written = await index.writeFiles({ outputPath: bundle });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await pagefind.close();
  for (const name of loadedScripts) {
    const file = join(bundle, name);
    const { code, errors: failed } = minifySync(name, await readFile(file, 'utf8'), { compress: true, mangle: true });
    if (failed.length) throw new Error(`${file} could not be minified: ${failed.map((e) => e.message).join('; ')}`);
    await writeFile(file, code);
  }
  const files = (await readdir(bundle, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => relative(bundle, join(e.parentPath, e.name)).split(sep).join('/'));
  // One index is kept: the one this build wrote.
  await rm(join(cacheDir, 'pagefind'), { recursive: true, force: true });
  await cp(bundle, cached, { recursive: true });
  await writeFile(listing, JSON.stringify(files));
  logger.info(`indexed ${added.page_count} article pages for search`);
  return files.map((f) => `pagefind/${f}`);
}

/** Puts `files` from `from` into `to`: hard links, which cost no copying (thousands of files at scale), or copies
    where the two folders are on different file systems. */
async function placeFiles(from: string, to: string, files: readonly string[]) {
  for (const dir of new Set(files.map((f) => dirname(join(to, f))))) await mkdir(dir, { recursive: true });
  await Promise.all(
    files.map((f) => link(join(from, f), join(to, f)).catch(() => copyFile(join(from, f), join(to, f)))),
  );
}

/** The installed Pagefind's version: a new release may write a different bundle. Its package exports no
    package.json, so it is found beside the entry point (lib/index.js). */
const pagefindVersion = () => {
  const entry = fileURLToPath(import.meta.resolve('pagefind'));
  return (JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as { version: string }).version;
};

const types: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

/** Serves the last build's bundle at /pagefind/ in `astro dev`, so search works while writing. */
export function serveLastIndex(
  server: HookParameters<'astro:server:setup'>['server'],
  outDir: string,
  base: string,
  logger: AstroIntegrationLogger,
) {
  const bundle = join(outDir, 'pagefind');
  let warned = false;
  server.middlewares.use(`${base}pagefind`, (req, res, next) => {
    const path = normalize(join(bundle, decodeURIComponent(new URL(req.url ?? '/', 'http://dev').pathname)));
    if (!path.startsWith(bundle) || !existsSync(path) || !statSync(path).isFile()) {
      if (!warned && !existsSync(join(bundle, 'pagefind.js'))) {
        logger.warn('search in dev serves the last build\'s index, and there is none: run "npm run build" once');
        warned = true;
      }
      return next();
    }
    res.setHeader('content-type', types[extname(path)] ?? 'application/octet-stream');
    res.setHeader('cache-control', 'no-cache');
    createReadStream(path).pipe(res);
  });
}
