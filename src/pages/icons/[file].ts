import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { themeColor } from '../../lib/palette';
import { appIcons, iconSvg, type AppIcon } from '../../lib/web-app';
import css from '../../styles/global.css?raw';

export const getStaticPaths = (() =>
  appIcons.map((icon) => ({ params: { file: icon.file }, props: { icon } }))) satisfies GetStaticPaths;

/** The web app manifest's PNG icons, drawn from the favicon's mark in the theme's accent colours. */
export const GET: APIRoute<{ icon: AppIcon }> = async ({ props }) => {
  const svg = iconSvg(props.icon, themeColor(css, 'accent', 'light'), themeColor(css, 'accent-fg', 'light'));
  const png = await sharp(Buffer.from(svg)).png().toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
