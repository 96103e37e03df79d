import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { linkProblems, parsePage } from '../lib/link-check';

/** Path a built file is served at: dist/guide/x/index.html -> /guide/x/. */
const servedAt = (out: string, file: string) => `/${relative(out, file).replace(/index\.html$/, '')}`;

/** Fails the build when an internal link or anchor points nowhere, or a link's text is vague ("click here"). */
export default function linkCheck(): AstroIntegration {
  return {
    name: 'link-check',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const files = (await readdir(out, { recursive: true, withFileTypes: true }))
          .filter((e) => e.isFile() && e.name.endsWith('.html'))
          .map((e) => join(e.parentPath, e.name));
        const pages = await Promise.all(files.map(async (f) => parsePage(servedAt(out, f), await readFile(f, 'utf8'))));
        const problems = linkProblems(pages, (path) => existsSync(join(out, path)));
        if (problems.length) {
          const where = (p: string) => p.replace(/^\/guide\/([^/]+)\/:/, '/guide/$1/ (content/articles/$1.mdx):');
          throw new Error(`Broken or vague links:\n- ${problems.map(where).join('\n- ')}`);
        }
        logger.info(`${pages.reduce((n, p) => n + p.links.length, 0)} links on ${pages.length} pages resolve`);
      },
    },
  };
}
