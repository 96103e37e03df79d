/**
 * The URL a reader copies or shares. Its path comes from the page's canonical link (no index.html, no query, no
 * tracking parameters); its origin is the one the reader is on, so a link copied from a preview deploy or a local
 * build opens there, where the section is known to exist. That equals the canonical origin in production. Only
 * when the page is not served over http(s) (a saved file) does the canonical origin stand in.
 */
export function shareUrl(page: { canonical?: string | null | undefined; href: string }, fragment = ''): string {
  const here = new URL(page.href);
  const canonical = page.canonical ? new URL(page.canonical, here) : null;
  const path = canonical?.pathname ?? here.pathname;
  const origin = here.protocol === 'http:' || here.protocol === 'https:' ? here.origin : canonical?.origin;
  const hash = fragment && !fragment.startsWith('#') ? `#${fragment}` : fragment;
  return origin ? `${origin}${path}${hash}` : `${here.href.split('#')[0]}${hash}`;
}
