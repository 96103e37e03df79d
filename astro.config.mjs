// @ts-check
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import postBuild from './src/integrations/post-build.ts';
import { redirects, site } from './src/site.config.ts';

const root = fileURLToPath(new URL('./', import.meta.url));
// Astro's cache: the incremental build's pages, share images and search index. A second build of the site with other
// settings (the base-path build the tests make) keeps its own, so the two do not invalidate each other.
const cacheDir = process.env['ASTRO_CACHE_DIR'] ?? 'node_modules/.astro';

export default defineConfig({
  site: site.origin,
  cacheDir,
  base: site.base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Shiki's inline styles break a strict CSP, and the guide has no code to highlight.
  markdown: { syntaxHighlight: false },
  // The sitemap is written first; postBuild then reads the built site once and runs its steps in order (see there).
  integrations: [mdx(), sitemap(), postBuild({ redirects, about: site })],
  vite: {
    plugins: [tailwindcss()],
    // Where the share images' drawing threads and cache live (src/og/share-images.ts): real paths, because the
    // endpoint that uses them is bundled.
    define: {
      __SHARE_IMAGES__: JSON.stringify({ root, cache: `${root}${cacheDir}/og` }),
    },
    // Never inline scripts: the enhancement bundle must stay a separate file that loads after first view.
    build: {
      assetsInlineLimit: 0,
      rollupOptions: {
        // Astro marks every MDX module with a "use astro:head-inject" directive that the bundler warns about
        // once per article; the warning is noise that would bury real ones.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  // A rebuild reuses article pages whose code, text and data are unchanged (see pageCacheKeys in
  // src/data/articles.ts); the cache lives in node_modules/.astro. `astro build --force` renders everything.
  experimental: { incrementalBuild: true },
});
