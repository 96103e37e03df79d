/* The site's colours, read from the one place they are declared: the @theme block of src/styles/global.css, where
   each token holds its light and dark value as light-dark(light, dark). Share images, the web app manifest, its
   icons and the theme-color meta use these values, so a colour changes everywhere by changing it there. */

type Scheme = 'light' | 'dark';

/** A colour token's value in one scheme, e.g. themeColor(css, 'bg', 'dark') === '#0f1318'. */
export function themeColor(css: string, name: string, scheme: Scheme): string {
  const theme = /@theme\s*\{([\s\S]*?)\n\}/.exec(css)?.[1] ?? '';
  const value = new RegExp(`--color-${name}:\\s*([^;]+);`).exec(theme)?.[1]?.trim();
  if (!value) throw new Error(`src/styles/global.css: @theme has no --color-${name}`);
  const pair = /^light-dark\(\s*([^,]+?)\s*,\s*([^)]+?)\s*\)$/.exec(value);
  if (!pair) return value;
  return (scheme === 'light' ? pair[1] : pair[2]) as string;
}

/** The colours a share image is drawn in: the dark theme's. */
export function shareImagePalette(css: string) {
  const color = (name: string) => themeColor(css, name, 'dark');
  return {
    bg: color('bg'),
    surface: color('surface'),
    fg: color('fg'),
    muted: color('muted'),
    accent: color('accent'),
  };
}

export type SharePalette = ReturnType<typeof shareImagePalette>;
