/* Everything that happens to the site after Astro has rendered it, in this order:
   1. pages that moved get their forwarding pages and _redirects rules, so the checks below see them;
   2. the built site is read once (built-site.ts);
      while the Markdown twin of each article and data page is written from the same read (markdown-twins.ts);
   3. checks that fail the build: links and anchors, share images, what search reads, the articles' prose
      (no passage two articles share, no stock phrase on more than two), the sections changes name, and each
      twin's <link rel="alternate">;
   4. the twins, /llms.txt and /llms-full.txt are written;
   5. the search index is written (or reused from the cache);
   6. _headers, from the pages' Content-Security-Policy;
   7. the service worker, last, because it precaches what 5 and 6 wrote.
   During `astro dev` it serves the last build's search index instead. */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { changeSectionProblems } from '../lib/changes.ts';
import { linkProblems } from '../lib/link-check.ts';
import { twinLinkProblems } from '../lib/markdown.ts';
import { lintProse } from '../lib/prose-lint.ts';
import { sitePath } from '../lib/url.ts';
import { readBuiltSite } from './built-site.ts';
import { writeHeaders } from './headers.ts';
import { llmsFiles, twinPaths, twinWriter, writeTwins } from './markdown-twins.ts';
import { writeServiceWorker } from './offline.ts';
import { writeRedirects } from './redirects.ts';
import { searchScopeProblems, serveLastIndex, writeSearchIndex } from './search-index.ts';

interface Options {
  /** Moved pages, old path -> new path (src/site.config.ts). */
  redirects: Record<string, string>;
  /** The site's name and one-line description, for /llms.txt (src/site.config.ts). */
  about: { title: string; description: string };
}

const withTrailingSlash = (path: string) => (path.endsWith('/') ? path : `${path}/`);

/** Points a problem on an article page at the file to edit. */
const withSource = (problem: string) =>
  problem.replace(/^\/guide\/([^/]+)\/:/, '/guide/$1/ (content/articles/$1.mdx):');

export default function postBuild({ redirects, about }: Options): AstroIntegration {
  let outDir = '';
  let cacheDir = '';
  let site = { origin: '', base: '/' };
  return {
    name: 'post-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
        site = { origin: new URL(config.site ?? 'http://localhost').origin, base: withTrailingSlash(config.base) };
      },

      'astro:server:setup': ({ server, logger }) => serveLastIndex(server, outDir, site.base, logger),

      'astro:build:done': async ({ dir, pages, logger }) => {
        const root = fileURLToPath(dir);
        let started = performance.now();
        /** Seconds since the last step, for the log: where the time after rendering goes. */
        const lap = () => {
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          started = performance.now();
          const { rss, heapUsed } = process.memoryUsage();
          return `${seconds} s, memory ${Math.round(rss / 2 ** 20)} MiB, heap ${Math.round(heapUsed / 2 ** 20)} MiB`;
        };
        const rendered = new Set(pages.map((p) => `/${p.pathname}`.replace(/\/+/g, '/')));
        await writeRedirects(root, redirects, rendered, site);

        logger.info(`starting (${lap()})`);
        // Pagefind starts at once, in its own process; the site is read and checked meanwhile.
        const indexing = writeSearchIndex(root, cacheDir, logger);
        indexing.catch(() => {}); // awaited below; a failed check must not leave it unhandled
        const twins = await twinWriter({ ...site, ...about }, cacheDir);
        const built = await readBuiltSite(root, site.base, { cacheDir, markdown: twins });

        const articles = built.pages.filter((p) => p.searchable).map(({ path, text }) => ({ path, text }));
        // The prose lint compares every article with every other: when no article's page changed since a build
        // that passed it, it has nothing new to find.
        const prose = join(cacheDir, 'prose-lint-passed');
        const proseKey = createHash('sha256')
          .update(articles.map((a) => `${a.path}:${built.digest(`${a.path.slice(1)}index.html`)}`).join('\n'))
          .digest('hex');
        const proseChecked = existsSync(prose) && (await readFile(prose, 'utf8')) === proseKey;
        // The twins and llms files are written below, once these checks pass; links to them count as built.
        const written = new Set([...twinPaths(built), ...Object.values(llmsFiles)]);
        const problems = [
          ...linkProblems(built.pages, (path) => built.serves(path) || written.has(path), site.base),
          ...searchScopeProblems(built),
          ...(proseChecked ? [] : lintProse(articles).map((p) => p.message)),
          ...changeSectionProblems(built.page('/changes/'), built.page, (href) =>
            sitePath(site.base, new URL(href, 'https://site.invalid/').pathname),
          ),
          ...twinLinkProblems(built.pages, site.base),
        ];
        if (problems.length)
          throw new Error(`The built site has problems:\n- ${problems.map(withSource).join('\n- ')}`);
        if (!proseChecked) await writeFile(prose, proseKey);
        const links = built.pages.reduce((n, p) => n + p.links.length, 0);
        logger.info(`${built.pages.length} pages read and checked, ${links} links resolve (${lap()})`);

        const { twins: count, fullBytes } = await writeTwins(built, { ...site, ...about });
        await twins.save();
        logger.info(
          `${count} Markdown twins (${twins.converted()} written anew), llms.txt, llms-full.txt ${Math.round(fullBytes / 1024)} KB (${lap()})`,
        );

        const searchFiles = await indexing;
        logger.info(`search index ready (${lap()})`);
        logger.info(`_headers written from ${await writeHeaders(built)} pages' CSP (${lap()})`);
        const sw = await writeServiceWorker(built, searchFiles);
        logger.info(
          `sw.js ${sw.version}: precaches ${sw.urls.length} of ${sw.wanted} files, ${Math.round(sw.bytes / 1024)} KB (${lap()})`,
        );
      },
    },
  };
}
