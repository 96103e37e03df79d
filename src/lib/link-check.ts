import type { BuiltPage } from './built-page.ts';

type CheckedPage = Pick<BuiltPage, 'path' | 'ids' | 'links' | 'meta'>;

// Link text that says nothing about where it goes, alone or with trailing punctuation.
const vague = /^(click here|here|read more|more|this|link|this link|learn more|go)[.!…]*$/i;

/**
 * Problems with internal links across a built site: targets that are not pages or files, anchors that are not
 * ids on their target, vague link text, and share images (og:image) that were not drawn. `exists` tells whether a
 * non-HTML path (e.g. /rss.xml) was built.
 */
export function linkProblems(pages: readonly CheckedPage[], exists: (path: string) => boolean): string[] {
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const problems: string[] = [];
  for (const page of pages) {
    for (const { href, text } of page.links) {
      if (vague.test(text)) problems.push(`${page.path}: vague link text "${text}" (${href})`);
      if (/^(https?:|mailto:)/.test(href)) continue;
      const url = new URL(href, `https://site.invalid${page.path}`);
      const target = byPath.get(url.pathname);
      if (!target) {
        if (!exists(url.pathname)) problems.push(`${page.path}: link to ${url.pathname}, which was not built`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && !anchor.startsWith(':~:') && !target.ids.has(anchor)) {
        problems.push(`${page.path}: link to ${url.pathname}#${anchor}, which has no such id`);
      }
    }
    const image = page.meta.get('og:image');
    const imagePath = image && new URL(image, 'https://site.invalid/').pathname;
    if (imagePath && !exists(imagePath)) problems.push(`${page.path}: share image ${imagePath} was not drawn`);
  }
  return problems;
}
