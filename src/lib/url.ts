/* Paths on the site, with its base: the site may be served under a path (https://user.github.io/repo/), so every
   link, asset and script URL the site writes goes through url(). Paths everywhere else in the code are written
   from the site's root ("/guide/skills/"), the way content links are. */

// Outside a Vite build (the post-build steps, the test tools) there is no import.meta.env: those pass the base.
const envBase: string = import.meta.env?.BASE_URL ?? '/';
const base = envBase.endsWith('/') ? envBase : `${envBase}/`;

/** `path` ("/guide/skills/#python") joined to a base ("/" or "/repo/"); other URLs are returned as they are. */
export function withBase(siteBase: string, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  return `${siteBase.replace(/\/$/, '')}${path}`;
}

/** `path` under this build's base. */
export const url = (path: string) => withBase(base, path);

/** The site-relative path of a served URL path ("/repo/guide/" -> "/guide/"); null when it lies outside the base. */
export function sitePath(siteBase: string, served: string): string | null {
  if (served.startsWith(siteBase)) return `/${served.slice(siteBase.length)}`;
  if (`${served}/` === siteBase) return '/';
  return null;
}
