import type { APIContext } from 'astro';
import { site } from '../site.config';

/** Everything may be crawled; the sitemap index lists every page. */
export function GET(context: APIContext) {
  const sitemap = new URL('/sitemap-index.xml', context.site ?? site.url).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
}
