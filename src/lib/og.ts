/* Share images: where each page's image lives, and how its card is laid out (a tree of boxes that satori draws).
   What goes on a card comes from the collections (src/data/share-images.ts), never from the built HTML. */
import type { SharePalette } from './palette.ts';

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

/** The card's section line, unless the title already starts with it ("Glossary" on the glossary). */
export function cardSection(title: string, section: string | undefined): string | undefined {
  return section && !title.toLowerCase().startsWith(section.toLowerCase()) ? section : undefined;
}

type Child = OgNode | string | false | undefined;
/** One box for satori: a tag, its style, its children. */
export interface OgNode {
  type: string;
  props: Record<string, unknown>;
}

const el = (type: string, style: Record<string, unknown>, ...children: Child[]): OgNode => ({
  type,
  props: { style, children: children.filter((c) => c !== false && c !== undefined) },
});

/** The card's layout: logo and site name, section, title (smaller as it grows), description, host, accent bar. */
export function ogLayout(card: OgCard, colors: SharePalette, logoSrc: string): OgNode {
  const titleSize = card.title.length > 60 ? 60 : card.title.length > 36 ? 68 : 80;
  // satori sizes boxes content-box, so the padding lives in margins of an inner column, not on the canvas.
  const content = el(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      flexGrow: 1,
      marginTop: 64,
      marginRight: 72,
      marginBottom: 44,
      marginLeft: 72,
    },
    el(
      'div',
      { display: 'flex', alignItems: 'center', gap: 20, fontSize: 30, fontWeight: 700 },
      { type: 'img', props: { src: logoSrc, width: 56, height: 56 } },
      card.site,
    ),
    el(
      'div',
      { display: 'flex', flexDirection: 'column', justifyContent: 'center', flexGrow: 1 },
      card.section &&
        el(
          'div',
          { fontSize: 28, fontWeight: 700, color: colors.accent, letterSpacing: 3, textTransform: 'uppercase' },
          card.section,
        ),
      el(
        'div',
        { marginTop: 16, fontSize: titleSize, fontWeight: 700, lineHeight: 1.1, letterSpacing: -1, lineClamp: 3 },
        card.title,
      ),
      card.description &&
        el(
          'div',
          { marginTop: 28, fontSize: 30, lineHeight: 1.35, color: colors.muted, lineClamp: 2 },
          card.description,
        ),
    ),
    el('div', { display: 'flex', fontSize: 26, color: colors.muted }, card.host),
  );
  return el(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      width: OG_WIDTH,
      height: OG_HEIGHT,
      backgroundColor: colors.bg,
      backgroundImage: `linear-gradient(135deg, ${colors.bg} 55%, ${colors.surface} 100%)`,
      color: colors.fg,
      fontFamily: 'Inter',
    },
    content,
    el('div', { display: 'flex', height: 12, backgroundColor: colors.accent }),
  );
}
