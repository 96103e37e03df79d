/** Share images: where each page's image lives, and what goes on it, read back from the page's own meta tags. */
import { startTags } from './html';

/** What a share image shows. */
export interface OgCard {
  /** The page title, large. */
  title: string;
  /** The topic or part of the site, small above the title; absent on the home page. */
  section?: string;
  /** The page's one-sentence description, under the title. */
  description?: string;
  /** Site name, with the logo. */
  site: string;
  /** Host name printed at the foot, so the image says where the link goes. */
  host: string;
}

/** The site-relative path of a page's share image: /og/guide/skills.png, /og/index.png for the home page. */
export function ogImagePath(pathname: string): string {
  const clean = pathname
    .replace(/(index)?\.html$/, '')
    .replace(/^\/+|\/+$/g, '')
    .replace(/[^a-z0-9/-]+/gi, '-');
  return `/og/${clean || 'index'}.png`;
}

/** Open Graph and other <meta> values of a page, keyed by property or name (first one wins). */
export function metaOf(html: string): Map<string, string> {
  const head = html.split(/<\/head>/i)[0] ?? html;
  const meta = new Map<string, string>();
  for (const { name, attrs } of startTags(head)) {
    if (name !== 'meta') continue;
    const key = attrs.property ?? attrs.name;
    if (key && attrs.content !== undefined && !meta.has(key)) meta.set(key, attrs.content);
  }
  return meta;
}

/** "Career stages" from "/stages/junior/": the first path segment, as words; nothing for the home page. */
export function sectionFromPath(pathname: string): string | undefined {
  const first = pathname
    .split('/')
    .find(Boolean)
    ?.replace(/\.html$/, '');
  if (!first || /^\d+$/.test(first) || first === 'index') return undefined;
  const words = first.replace(/[-_]+/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The share image a built page asks for and what should be on it, from its og: tags (article:section names the
 * topic), or null when the page has no image of ours (a redirect page, say).
 */
export function ogCardFromHtml(html: string, pathname: string): { image: string; card: OgCard } | null {
  const meta = metaOf(html);
  const imageUrl = meta.get('og:image');
  const title = meta.get('og:title');
  if (!imageUrl || !title) return null;
  const image = new URL(imageUrl, 'https://placeholder.invalid/');
  if (!image.pathname.startsWith('/og/')) return null;
  const site = meta.get('og:site_name') ?? '';
  let section = meta.get('article:section') ?? sectionFromPath(pathname);
  if (section && title.toLowerCase().startsWith(section.toLowerCase())) section = undefined;
  const description = meta.get('og:description');
  const card: OgCard = { title, site, host: image.host === 'placeholder.invalid' ? '' : image.host };
  if (section) card.section = section;
  if (description) card.description = description;
  return { image: image.pathname, card };
}
