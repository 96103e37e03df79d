/** The installable app's icons: "any" ones with rounded corners like the favicon, and full-bleed "maskable" ones whose
    mark stays inside the central safe zone that launchers crop to. */
export const appIcons = [
  { file: 'icon-192.png', size: 192, purpose: 'any' },
  { file: 'icon-512.png', size: 512, purpose: 'any' },
  { file: 'maskable-192.png', size: 192, purpose: 'maskable' },
  { file: 'maskable-512.png', size: 512, purpose: 'maskable' },
] as const;

export type AppIcon = (typeof appIcons)[number];

/** The guide's mark (the favicon's "ML") as an SVG of `size` pixels, in the given colours. */
export function iconSvg(icon: Pick<AppIcon, 'size' | 'purpose'>, background: string, foreground: string): string {
  const maskable = icon.purpose === 'maskable';
  const mark = `<path d="M7 23V9l5 8 5-8v14M20 9v14h6" fill="none" stroke="${foreground}" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="${icon.size}" height="${icon.size}">`,
    `<rect width="32" height="32" rx="${maskable ? 0 : 6}" fill="${background}"/>`,
    maskable ? `<g transform="translate(16 16) scale(0.7) translate(-16.5 -16)">${mark}</g>` : mark,
    '</svg>',
  ].join('');
}
