/** For each article id, its printed anchors: heading ids and aliases, each mapped to the heading id it prints as. */
export type PrintedAnchors = Map<string, Map<string, string>>;

/** The printed anchors of every article, from its heading ids and its { oldId: newId } aliases. */
export function printedAnchors(
  articles: readonly { id: string; headingIds: readonly string[]; aliases: Record<string, string> }[],
): PrintedAnchors {
  return new Map(
    articles.map((a) => [a.id, new Map([...a.headingIds.map((h) => [h, h] as const), ...Object.entries(a.aliases)])]),
  );
}

/** The id an article's element gets on the print page, where all articles share one document. */
export const printId = (article: string, id: string) => `${article}--${id}`;

/** Where a guide link points on the print page ("#skills--python", "#skills"), or undefined when it is not printed. */
export function printTarget(href: string, printed: PrintedAnchors): string | undefined {
  const match = /^\/guide\/([^/#?]+)\/(?:#(.+))?$/.exec(href);
  const anchors = match && printed.get(match[1] as string);
  if (!match || !anchors) return undefined;
  if (match[2] === undefined) return `#${match[1]}`;
  const heading = anchors.get(decodeURIComponent(match[2]));
  return heading ? `#${printId(match[1] as string, heading)}` : undefined;
}

const idrefAttributes = /(\s(?:id|for|aria-describedby|aria-labelledby|aria-controls|popovertarget))="([^"]*)"/g;

/** Lets one article's rendered HTML share the print page with the others: its ids get the article's prefix, links
    to printed sections stay on the page, and links that leave it carry their full URL for the printed copy. */
export function scopeArticleHtml(html: string, article: string, printed: PrintedAnchors, origin: string): string {
  const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] as string));
  return html
    .replace(idrefAttributes, (_, attr: string, value: string) => {
      const refs = value.split(/\s+/).map((ref) => (ids.has(ref) ? printId(article, ref) : ref));
      return `${attr}="${refs.join(' ')}"`;
    })
    .replace(/\shref="([^"]*)"/g, (attribute, href: string) => {
      if (href.startsWith('#')) {
        const id = decodeURIComponent(href.slice(1));
        return ids.has(id) ? ` href="#${printId(article, id)}"` : attribute;
      }
      const target = printTarget(href, printed);
      if (target) return ` href="${target}"`;
      if (href.startsWith('/')) return `${attribute} data-print-url="${new URL(href, origin).href}"`;
      return attribute;
    });
}
