import type { APIRoute } from 'astro';
import { themeColor } from '../lib/palette';
import { url } from '../lib/url';
import { appIcons } from '../lib/web-app';
import { site } from '../site.config';
import css from '../styles/global.css?raw';

/** The web app manifest that makes the guide installable; its colours come from the theme tokens. */
export const GET: APIRoute = () => {
  const background = themeColor(css, 'bg', 'light');
  const manifest = {
    id: url('/'),
    name: site.title,
    short_name: site.shortTitle,
    description: site.description,
    lang: site.lang,
    start_url: url('/'),
    scope: url('/'),
    display: 'standalone',
    background_color: background,
    theme_color: background,
    icons: appIcons.map((i) => ({
      src: url(`/icons/${i.file}`),
      sizes: `${i.size}x${i.size}`,
      type: 'image/png',
      purpose: i.purpose,
    })),
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'content-type': 'application/manifest+json' } });
};
