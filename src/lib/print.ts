import { DomUtils, parseDocument } from 'htmlparser2';
import render from 'dom-serializer';
import { sitePath } from './url.ts';

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

/** Attributes whose value names ids on the same page. */
const idrefAttributes = ['for', 'aria-describedby', 'aria-labelledby', 'aria-controls', 'popovertarget'];

/** Lets one article's rendered HTML share the print page with the others: its ids get the article's prefix, links
    to printed sections stay on the page, and links that leave it carry their full URL for the printed copy. Links
    in `html` are served paths, under the site's `base` ("/" or "/repo/"). */
export function scopeArticleHtml(
  html: string,
  article: string,
  printed: PrintedAnchors,
  site: { origin: string; base: string },
): string {
  const dom = parseDocument(html);
  const elements = DomUtils.findAll(() => true, dom.children);
  const ids = new Set(elements.flatMap((el) => (el.attribs['id'] ? [el.attribs['id']] : [])));
  const scoped = (id: string) => (ids.has(id) ? printId(article, id) : id);
  for (const { attribs } of elements) {
    if (attribs['id']) attribs['id'] = printId(article, attribs['id']);
    for (const name of idrefAttributes) {
      if (attribs[name]) attribs[name] = attribs[name].split(/\s+/).map(scoped).join(' ');
    }
    const href = attribs['href'];
    if (href === undefined) continue;
    if (href.startsWith('#')) {
      attribs['href'] = `#${scoped(decodeURIComponent(href.slice(1)))}`;
      continue;
    }
    const path = href.startsWith('/') ? sitePath(site.base, href) : null;
    const target = path && printTarget(path, printed);
    if (target) attribs['href'] = target;
    else if (href.startsWith('/')) attribs['data-print-url'] = new URL(href, site.origin).href;
  }
  return render(dom, { encodeEntities: 'utf8' });
}
