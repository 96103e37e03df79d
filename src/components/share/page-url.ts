import { shareUrl } from '../../lib/share-url';

/** The URL to share for this page, with an optional fragment, built from its canonical link (see shareUrl). */
export function pageUrl(fragment = ''): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  return shareUrl({ canonical, href: location.href }, fragment);
}
