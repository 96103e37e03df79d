import type { BuiltPage } from './built-page.ts';
import { sitePath } from './url.ts';

type CheckedPage = Pick<BuiltPage, 'path' | 'ids' | 'links' | 'meta'>;

// Link text that says nothing about where it goes, alone or with trailing punctuation.
const vague = /^(click here|here|read more|more|this|link|this link|learn more|go)[.!…]*$/i;

/**
 * Problems with internal links across a built site: targets that are not pages or files, anchors that are not
 * ids on their target, vague link text, and share images (og:image) that were not drawn. `exists` tells whether a
 * non-HTML path (e.g. /rss.xml) was built. Links are served paths, under the site's `base` ("/" or "/repo/"); a
 * link that leaves the base would break when the site is served under a path.
 */
export function linkProblems(pages: readonly CheckedPage[], exists: (path: string) => boolean, base = '/'): string[] {
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const problems: string[] = [];
  for (const page of pages) {
    for (const { href, text } of page.links) {
      if (vague.test(text)) problems.push(`${page.path}: vague link text "${text}" (${href})`);
      if (/^(https?:|mailto:)/.test(href)) continue;
      const url = new URL(href, `https://site.invalid${base}${page.path.slice(1)}`);
      const path = sitePath(base, url.pathname);
      if (path === null) {
        problems.push(`${page.path}: link to ${url.pathname}, outside the site's base path ${base}`);
        continue;
      }
      const target = byPath.get(path);
      if (!target) {
        if (!exists(path)) problems.push(`${page.path}: link to ${path}, which was not built`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && !anchor.startsWith(':~:') && !target.ids.has(anchor)) {
        problems.push(`${page.path}: link to ${path}#${anchor}, which has no such id`);
      }
    }
    const image = page.meta.get('og:image');
    const imagePath = image && sitePath(base, new URL(image, 'https://site.invalid/').pathname);
    if (image && !(imagePath && exists(imagePath))) problems.push(`${page.path}: share image ${image} was not drawn`);
  }
  return problems;
}
