/** Redirects for moved pages: checks on the map, and the two forms static hosts understand. */
import { withBase } from './url.ts';

const pathPattern = /^\/([a-z0-9-]+\/)+$/;

/** What is wrong with a redirect map, given the paths of the pages the build produced. */
export function redirectProblems(map: Record<string, string>, pages: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  for (const [from, to] of Object.entries(map)) {
    const where = `redirect "${from}" -> "${to}"`;
    if (!pathPattern.test(from)) problems.push(`${where}: the old path must look like /guide/old-name/`);
    if (!pathPattern.test(to) && to !== '/') problems.push(`${where}: the new path must look like /guide/new-name/`);
    if (pages.has(from)) problems.push(`${where}: a page still lives at ${from}; remove the page or the redirect`);
    if (to in map) problems.push(`${where}: ${to} redirects again; point straight at ${map[to]}`);
    else if (!pages.has(to)) problems.push(`${where}: no page was built at ${to}`);
  }
  return problems;
}

/** Netlify and Cloudflare Pages `_redirects` lines: permanent, so the browser keeps the #anchor. Paths are served
    paths, under the site's `base`. */
export function redirectRules(map: Record<string, string>, base = '/'): string {
  return Object.entries(map)
    .map(([from, to]) => `${withBase(base, from)} ${withBase(base, to)} 301\n`)
    .join('');
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/** The page left at an old path for hosts without `_redirects`: forwards at once, names the new URL as canonical. */
export function redirectPage(to: string, site: string, lang = 'en'): string {
  const href = escapeHtml(new URL(to, site).href);
  const path = escapeHtml(to);
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>This page has moved</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${href}">
<meta http-equiv="refresh" content="0; url=${path}">
</head>
<body>
<p>This page has moved to <a href="${path}">${href}</a>.</p>
</body>
</html>
`;
}
