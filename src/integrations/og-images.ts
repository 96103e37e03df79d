/* After the build, draws a share image for every page that asks for one in its og:image tag, so a new page gets
   its image with no extra code. Images are cached by a hash of what is drawn and how, in og/ under Astro's cache
   directory (node_modules/.astro), so a rebuild re-renders only the pages whose title, topic or description changed. */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ogCardFromHtml, type OgCard } from '../lib/og';
import { renderOgImage } from './og-template';

/** Every .html file under `dir`, skipping bundles and the images themselves. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .filter((file) => !/[\\/](_astro|og|pagefind)[\\/]/.test(file));
}

/** The page's URL path from its file: dist/guide/skills/index.html is /guide/skills/. */
function pathnameOf(root: string, file: string): string {
  const rel = relative(root, file).split(sep).join('/');
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The template's own source: editing the design, the fonts or the colours changes every image's hash. */
function templateSignature(): Promise<string> {
  return readFile(new URL('./og-template.ts', import.meta.url), 'utf8');
}

export default function ogImages(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'og-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(new URL('og/', config.cacheDir));
      },

      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const signature = await templateSignature();
        const wanted = new Map<string, { card: OgCard; from: string }>();
        for (const file of await htmlFiles(root)) {
          const pathname = pathnameOf(root, file);
          const found = ogCardFromHtml(await readFile(file, 'utf8'), pathname);
          if (!found) continue;
          const other = wanted.get(found.image);
          if (other && JSON.stringify(other.card) !== JSON.stringify(found.card)) {
            throw new Error(`${pathname} and ${other.from} both use the share image ${found.image}`);
          }
          wanted.set(found.image, { card: found.card, from: pathname });
        }

        await mkdir(cacheDir, { recursive: true });
        let rendered = 0;
        const started = performance.now();
        for (const [image, { card }] of wanted) {
          const key = createHash('sha256').update(signature).update(JSON.stringify(card)).digest('hex').slice(0, 20);
          const cached = join(cacheDir, `${key}.png`);
          if (!existsSync(cached)) {
            await writeFile(cached, await renderOgImage(card));
            rendered++;
          }
          const target = join(root, image);
          await mkdir(dirname(target), { recursive: true });
          await copyFile(cached, target);
        }
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `${wanted.size} share images in ${seconds} s (${rendered} drawn, ${wanted.size - rendered} cached)`,
        );
      },
    },
  };
}
