/* What every page's <head> inlines or states about the theme, worked out once per build rather than on each of the
   pages that render Head.astro: the theme script, minified (the CSP allows it by the hash of exactly this text), and
   the theme-color of each scheme. */
import { minifySync } from 'vite';
import themeSource from '../scripts/theme-init.js?raw';
import css from '../styles/global.css?raw';
import { themeColor } from './palette';

export const themeScript = minifySync('theme-init.js', themeSource, { compress: true, mangle: true }).code;

export const themeColors = { light: themeColor(css, 'bg', 'light'), dark: themeColor(css, 'bg', 'dark') } as const;
