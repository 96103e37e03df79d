/* Draws one share image: 1200x630, the site's dark palette, Inter from @fontsource (local files, no network).
   satori lays out the card as SVG with the text as paths; sharp turns it into a PNG. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import sharp from 'sharp';
import type { OgCard } from '../lib/og';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

const require = createRequire(import.meta.url);
const fontFile = (name: string) => readFileSync(require.resolve(`@fontsource/inter/files/${name}`));

let fonts: Parameters<typeof satori>[1]['fonts'] | undefined;
function loadFonts() {
  fonts ??= (['latin', 'latin-ext'] as const).flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({
      name: 'Inter',
      data: fontFile(`inter-${subset}-${weight}-normal.woff`),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

// The dark theme's tokens from src/styles/global.css, so a preview looks like the site.
const colors = { bg: '#0f1318', surface: '#1a2028', fg: '#e8ecf1', muted: '#a9b4c2', accent: '#8ab4ff' };
const logo = readFileSync(new URL('../../public/favicon.svg', import.meta.url));
const logoSrc = `data:image/svg+xml;base64,${logo.toString('base64')}`;

type Node = { type: string; props: Record<string, unknown> };
const el = (type: string, style: Record<string, unknown>, ...children: (Node | string | false | undefined)[]) => ({
  type,
  props: { style, children: children.filter((c) => c !== false && c !== undefined) },
});

function layout(card: OgCard): Node {
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

/** The PNG for one card. */
export async function renderOgImage(card: OgCard): Promise<Buffer> {
  const svg = await satori(layout(card) as Parameters<typeof satori>[0], {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts: loadFonts(),
  });
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true, quality: 90 }).toBuffer();
}
