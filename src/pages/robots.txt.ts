import { url } from '../lib/url';
import { site } from '../site.config';

/** Everything may be crawled; the sitemap index lists every page. (Crawlers read robots.txt only at a domain's
    root: a site under a base path is covered by the root's file, and this one is there for hosts at the root.) */
export function GET() {
  const sitemap = new URL(url('/sitemap-index.xml'), site.origin).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
}
