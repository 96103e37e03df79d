/* Draws one share image, 1200x630 PNG: satori lays the card out as SVG (text as paths, Inter from
   @fontsource, local files, no network) and sharp turns it into a PNG. Runs in the worker threads of
   src/og/share-images.ts, one card per call; fonts, colours and logo are loaded once per thread. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import sharp from 'sharp';
import { OG_HEIGHT, OG_WIDTH, ogLayout, type OgCard } from '../lib/og.ts';
import { shareImagePalette } from '../lib/palette.ts';

const require = createRequire(import.meta.url);
const fontFile = (name: string) => readFileSync(require.resolve(`@fontsource/inter/files/${name}`));
const fonts = (['latin', 'latin-ext'] as const).flatMap((subset) =>
  ([400, 700] as const).map((weight) => ({
    name: 'Inter',
    data: fontFile(`inter-${subset}-${weight}-normal.woff`),
    weight,
    style: 'normal' as const,
  })),
);
const colors = shareImagePalette(readFileSync(new URL('../styles/global.css', import.meta.url), 'utf8'));
const logo = readFileSync(new URL('../../public/favicon.svg', import.meta.url));
const logoSrc = `data:image/svg+xml;base64,${logo.toString('base64')}`;

/** The PNG for one card. */
export default async function draw(card: OgCard): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await satori(ogLayout(card, colors, logoSrc) as Parameters<typeof satori>[0], {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts,
  });
  // A 256-colour palette without dithering: dithering is what made each image cost ~90 ms, and the card's flat
  // colours and gentle gradient do not need it.
  const png = await sharp(Buffer.from(svg))
    .png({ palette: true, dither: 0, effort: 1, compressionLevel: 9 })
    .toBuffer();
  return new Uint8Array(png);
}
