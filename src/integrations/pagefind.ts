/* Pagefind as an Astro integration: every `astro build` writes the search index into dist/pagefind, and
   `astro dev` serves the last build's index at /pagefind/ so search works while writing. */
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

const types: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

/** The built pages Pagefind reads: the articles, at /guide/<slug>/. */
const searchableGlob = 'guide/*/index.html';
const isSearchable = (file: string) => /^guide\/[^/]+\/index\.html$/.test(file);

/** Built pages outside `searchableGlob` that ask to be searched (data-pagefind-body), as paths under dist/. */
async function searchableElsewhere(site: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(site, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = relative(site, join(entry.parentPath, entry.name)).split(sep).join('/');
    if (isSearchable(file) || file.startsWith('pagefind/')) continue;
    if ((await readFile(join(site, file), 'utf8')).includes('data-pagefind-body')) found.push(file);
  }
  return found;
}

/** Size of one index file, in word occurrences (Pagefind's default is 20,000). */
const indexChunkSize = 4000;

export default function pagefindIntegration(): AstroIntegration {
  let outDir = '';
  return {
    name: 'pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },

      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        // Smaller index chunks than Pagefind's default, so a first query fetches the few words it needs
        // rather than most of the index (see tests/bench/search.mjs). Pagefind reads this when it starts.
        process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= String(indexChunkSize);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        // Only articles carry data-pagefind-body, and they all live at /guide/<slug>/ (a public URL). Reading just
        // those files, not the print edition and the contents pages, more than halves indexing at 1,600 articles.
        // A page elsewhere that asks to be searched would be silently left out, so it fails the build instead.
        const missed = await searchableElsewhere(site);
        if (missed.length) {
          throw new Error(
            `${missed.join(', ')} ha${missed.length === 1 ? 's' : 've'} data-pagefind-body but Pagefind reads only ` +
              `${searchableGlob}: widen searchableGlob in src/integrations/pagefind.ts`,
          );
        }
        const added = await index.addDirectory({ path: site, glob: searchableGlob });
        if (added.errors.length) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
        const bundle = join(site, 'pagefind');
        const written = await index.writeFiles({ outputPath: bundle });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        // One fragment per indexed page: only pages with data-pagefind-body (the articles) are searchable.
        const pages = readdirSync(join(bundle, 'fragment')).length;
        logger.info(`indexed ${pages} of ${added.page_count} article pages for search`);
      },

      'astro:server:setup': ({ server, logger }) => {
        const bundle = join(outDir, 'pagefind');
        let warned = false;
        server.middlewares.use('/pagefind', (req, res, next) => {
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
      },
    },
  };
}
