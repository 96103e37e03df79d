/* Draws one share image, 1200x630 PNG, with Takumi (a native renderer: layout, text and PNG in one step, from
   local font files, no network). Runs in the worker threads of src/og/share-images.ts, one card per call; the
   fonts, colours and logo are loaded once per thread. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Renderer } from '@takumi-rs/core';
import { OG_HEIGHT, OG_WIDTH, ogLayout, type OgCard } from '../lib/og.ts';
import { shareImagePalette } from '../lib/palette.ts';

const require = createRequire(import.meta.url);
const inter = (file: string) => readFileSync(require.resolve(`@fontsource/inter/${file}`));
// Inter comes in subsets, each covering its own code points ("U+0000-00FF, U+0131, …").
const unicodeRanges = JSON.parse(inter('unicode.json').toString()) as Record<string, string>;
const ranges = (spec: string): [number, number][] =>
  spec.split(',').map((range) => {
    const [from = '0', to = from] = range.trim().replace(/U\+/g, '').split('-');
    return [parseInt(from, 16), parseInt(to, 16)];
  });

const renderer = new Renderer();
const ready = Promise.all(
  (['latin', 'latin-ext'] as const).flatMap((subset) =>
    ([400, 700] as const).map((weight) =>
      renderer.registerFont({
        name: 'Inter',
        weight,
        style: 'normal',
        unicodeRange: ranges(unicodeRanges[subset] ?? ''),
        data: inter(`files/inter-${subset}-${weight}-normal.woff`),
      }),
    ),
  ),
);
const colors = shareImagePalette(readFileSync(new URL('../styles/global.css', import.meta.url), 'utf8'));
const logo = readFileSync(new URL('../../public/favicon.svg', import.meta.url));
const logoSrc = `data:image/svg+xml;base64,${logo.toString('base64')}`;

/** The PNG for one card. */
export default async function draw(card: OgCard): Promise<Uint8Array<ArrayBuffer>> {
  await ready;
  const png = await renderer.render(ogLayout(card, colors, logoSrc), {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    format: 'png',
  });
  return new Uint8Array(png);
}
