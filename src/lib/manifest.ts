/**
 * The list of published URLs and anchors, and the check that a build keeps them all. A page that moved counts
 * when a redirect leads to it, and its anchors are then looked for on the new page (a 301 keeps the #fragment);
 * an anchor kept as a heading alias (<span id="old" data-alias-of="new">) counts like the heading itself.
 */
// The .ts extension lets Node run tests/tools/manifest.ts (npm run manifest:update) without a bundler.
import { startTags } from './html.ts';

export interface Manifest {
  /** Page path -> the ids readers can link to on it: headings and heading aliases, sorted. */
  pages: Record<string, string[]>;
  /** Other public files with a fixed URL: the feed, robots.txt, the sitemap index, the icon. */
  files: string[];
}

/** Linkable ids of one page: ids on headings and on alias markers, inside <main> when there is one. */
export function anchorsIn(html: string): string[] {
  const main = /<main\b[\s\S]*<\/main>/i.exec(html)?.[0] ?? html;
  const ids = new Set<string>();
  for (const { name, attrs } of startTags(main)) {
    if (attrs.id && (/^h[1-6]$/.test(name) || 'data-alias-of' in attrs)) ids.add(attrs.id);
  }
  return [...ids].sort();
}

/** The target of an HTML redirect page (meta refresh), or null for an ordinary page. */
export function refreshTarget(html: string): string | null {
  for (const { name, attrs } of startTags(html)) {
    if (name === 'meta' && attrs['http-equiv']?.toLowerCase() === 'refresh') {
      return /url\s*=\s*(\S+)/i.exec(attrs.content ?? '')?.[1] ?? null;
    }
  }
  return null;
}

/** `_redirects` rules as a map of old path -> new path (comments, splats and non-3xx rules are left out). */
export function parseRedirects(text: string): Record<string, string> {
  const map: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const [from, to, status = '301'] = line.trim().split(/\s+/);
    if (!from || !to || from.startsWith('#') || from.includes('*') || !/^3\d\d!?$/.test(status)) continue;
    map[from] = to;
  }
  return map;
}

/** Every published URL or anchor that `built` no longer serves, as sentences; empty when nothing broke. */
export function missingFrom(published: Manifest, built: Manifest, redirects: Record<string, string>): string[] {
  const problems: string[] = [];
  for (const [path, anchors] of Object.entries(published.pages)) {
    let target = path;
    for (let hops = 0; !(target in built.pages) && redirects[target] && hops < 5; hops++) {
      target = redirects[target] as string;
    }
    const live = built.pages[target];
    if (!live) {
      problems.push(`${path} is gone: restore the page or add a redirect in src/site.config.ts`);
      continue;
    }
    const via = target === path ? '' : ` (redirected to ${target})`;
    for (const anchor of anchors) {
      if (!live.includes(anchor)) {
        problems.push(`${path}#${anchor}${via} is gone: keep it as a heading alias (aliases: in the frontmatter)`);
      }
    }
  }
  for (const file of published.files) {
    if (!built.files.includes(file) && !redirects[file]) problems.push(`${file} is gone`);
  }
  return problems;
}

/** Pages, anchors and files that `built` serves but `published` does not list yet. */
export function unlisted(published: Manifest, built: Manifest): string[] {
  const extra: string[] = [];
  for (const [path, anchors] of Object.entries(built.pages)) {
    const listed = published.pages[path];
    if (!listed) extra.push(path);
    else extra.push(...anchors.filter((a) => !listed.includes(a)).map((a) => `${path}#${a}`));
  }
  extra.push(...built.files.filter((f) => !published.files.includes(f)));
  return extra;
}
