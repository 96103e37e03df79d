/** One built page: its URL path, the ids it carries and the links it makes. */
export interface BuiltPage {
  path: string;
  ids: Set<string>;
  links: { href: string; text: string }[];
}

// Link text that says nothing about where it goes, alone or with trailing punctuation.
const vague = /^(click here|here|read more|more|this|link|this link|learn more|go)[.!…]*$/i;

/** Ids and links (href plus visible text) of an HTML document we built ourselves. */
export function parsePage(path: string, html: string): BuiltPage {
  const body = html.replace(/<template[\s\S]*?<\/template>/g, '');
  const ids = new Set([...body.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] as string));
  const links = [...body.matchAll(/<a\s[^>]*?href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)].map((m) => ({
    href: (m[1] as string).replaceAll('&amp;', '&'),
    text: (m[2] as string)
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .replace(/\s([.!…,])/g, '$1')
      .trim(),
  }));
  return { path, ids, links };
}

/**
 * Problems with internal links across a built site: targets that are not pages or files, anchors that are not
 * ids on their target, and vague link text. `exists` tells whether a non-HTML path (e.g. /rss.xml) was built.
 */
export function linkProblems(pages: readonly BuiltPage[], exists: (path: string) => boolean): string[] {
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
  }
  return problems;
}
