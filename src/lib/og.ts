/* Share images: where each page's image lives, and how its card is laid out (a tree of boxes that Takumi draws).
   What goes on a card comes from the collections (src/data/share-images.ts), never from the built HTML. */
import type { SharePalette } from './palette.ts';
import { sitePath, withBase } from './url.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

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

/** The absolute URL of the share image of the page served at `served` (its path, the site's base included). */
export function ogImageUrl(served: string, site: { origin: string; base: string }): string {
  const path = ogImagePath(sitePath(site.base, served) ?? '/');
  return new URL(withBase(site.base, path), site.origin).href;
}

/** The card's section line, unless the title already starts with it ("Glossary" on the glossary). */
export function cardSection(title: string, section: string | undefined): string | undefined {
  return section && !title.toLowerCase().startsWith(section.toLowerCase()) ? section : undefined;
}

/** One box for the renderer (Takumi): a container of boxes, a run of text, or an image. */
export type OgNode =
  | { type: 'container'; style: Record<string, unknown>; children: OgNode[] }
  | { type: 'text'; text: string; style?: Record<string, unknown> }
  | { type: 'image'; src: string; width: number; height: number };

const box = (style: Record<string, unknown>, ...children: (OgNode | false | '' | undefined)[]): OgNode => ({
  type: 'container',
  style: { display: 'flex', ...style },
  children: children.filter((c): c is OgNode => Boolean(c)),
});
const text = (style: Record<string, unknown>, words: string): OgNode => ({ type: 'text', text: words, style });

/** The card's layout: logo and site name, section, title (smaller as it grows), description, host, accent bar. */
export function ogLayout(card: OgCard, colors: SharePalette, logoSrc: string): OgNode {
  const titleSize = card.title.length > 60 ? 60 : card.title.length > 36 ? 68 : 80;
  const content = box(
    { flexDirection: 'column', flexGrow: 1, marginTop: 64, marginRight: 72, marginBottom: 44, marginLeft: 72 },
    box(
      { alignItems: 'center', gap: 20, fontSize: 30, fontWeight: 700 },
      { type: 'image', src: logoSrc, width: 56, height: 56 },
      text({}, card.site),
    ),
    box(
      { flexDirection: 'column', justifyContent: 'center', flexGrow: 1 },
      card.section &&
        text(
          { fontSize: 28, fontWeight: 700, color: colors.accent, letterSpacing: 3, textTransform: 'uppercase' },
          card.section,
        ),
      text(
        { marginTop: 16, fontSize: titleSize, fontWeight: 700, lineHeight: 1.1, letterSpacing: -1, lineClamp: 3 },
        card.title,
      ),
      card.description &&
        text({ marginTop: 28, fontSize: 30, lineHeight: 1.35, color: colors.muted, lineClamp: 2 }, card.description),
    ),
    text({ fontSize: 26, color: colors.muted }, card.host),
  );
  return box(
    {
      flexDirection: 'column',
      width: OG_WIDTH,
      height: OG_HEIGHT,
      backgroundColor: colors.bg,
      backgroundImage: `linear-gradient(135deg, ${colors.bg} 55%, ${colors.surface} 100%)`,
      color: colors.fg,
      fontFamily: 'Inter',
    },
    content,
    box({ height: 12, backgroundColor: colors.accent }),
  );
}
