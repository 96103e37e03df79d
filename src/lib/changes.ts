/* The site's change history as pages show it: what changed where, newest first, and the latest change of each
   section for "New since your last visit". The data comes from the frontmatter `changes` of each article and the
   `changes` list of each data file (src/data/changes.ts gathers them). */
import type { BuiltPage } from './built-page.ts';

/** The data files that record changes, each with the page its section ids refer to. */
export const dataPages = {
  salaries: { file: 'content/data/salaries.yaml', path: '/salaries/' },
  stages: { file: 'content/data/stages.yaml', path: '/stages/' },
  glossary: { file: 'content/data/glossary.yaml', path: '/glossary/' },
  skills: { file: 'content/data/skills.yaml', path: '/skills/check/' },
} as const;

/** One change, with the page it happened to. */
export interface PageChange {
  /** The page's path, "/guide/skills/". */
  path: string;
  /** The page's title, as its <h1> reads. */
  title: string;
  /** The file that records the change, to name in an error. */
  file: string;
  date: Date;
  text: string;
  /** The heading id of the section it touched on `path`. */
  section?: string | undefined;
}

/** `changes` newest first; changes of one day keep the order their file gives, latest-written first. */
export function newestFirst<T extends { date: Date }>(changes: readonly T[]): T[] {
  return [...changes].reverse().sort((a, b) => b.date.getTime() - a.date.getTime());
}

/** "2026-12-02", the day a change is dated, as <time datetime> and the reader's browser compare it. */
export const dayOf = (date: Date) => date.toISOString().slice(0, 10);

interface Heading {
  depth: number;
  slug: string;
}

/**
 * The day each section last changed, by heading id. A change to an old id (an alias) counts for the heading it now
 * points at. With `rollUp`, a change to an h3 also dates the h2 above it, for lists that show only h2s.
 */
export function sectionDays(
  changes: readonly { date: Date; section?: string | undefined }[],
  headings: readonly Heading[],
  aliases: Readonly<Record<string, string>> = {},
  rollUp = false,
): Map<string, string> {
  const parent = new Map<string, string>();
  let h2 = '';
  for (const h of headings) {
    if (h.depth === 2) h2 = h.slug;
    parent.set(h.slug, rollUp && h.depth > 2 && h2 ? h2 : h.slug);
  }
  const days = new Map<string, string>();
  for (const change of changes) {
    const id = change.section && (aliases[change.section] ?? change.section);
    const target = id && parent.get(id);
    if (!target) continue;
    const day = dayOf(change.date);
    if (day > (days.get(target) ?? '')) days.set(target, day);
  }
  return days;
}

/** The file to edit for a change on the page at `path`. */
export function changeFile(path: string): string {
  const data = Object.values(dataPages).find((d) => d.path === path);
  if (data) return data.file;
  const article = /^\/guide\/([^/]+)\/$/.exec(path)?.[1];
  return article ? `content/articles/${article}.mdx` : path;
}

/**
 * Problems with the sections that changes name, read from the built /changes/ page, which links every change that
 * names a section to it: each such link must land on a heading (or a heading's old id) of its page, not just any id.
 */
export function changeSectionProblems(
  changesPage: Pick<BuiltPage, 'links'> | undefined,
  page: (path: string) => Pick<BuiltPage, 'anchors'> | undefined,
  sitePathOf: (href: string) => string | null,
): string[] {
  if (!changesPage) return ['/changes/ was not built'];
  const problems: string[] = [];
  for (const link of changesPage.links) {
    const hash = link.href.indexOf('#');
    // Links within /changes/ itself (the skip link, its own headings) are not changes.
    if (hash <= 0) continue;
    const path = sitePathOf(link.href.slice(0, hash));
    const id = decodeURIComponent(link.href.slice(hash + 1));
    if (path === null || page(path)?.anchors.includes(id)) continue;
    problems.push(
      `/changes/: the change "${link.text}" names section "${id}", which is not a heading on ${path}; fix its section in ${changeFile(path)}`,
    );
  }
  return problems;
}

/** Changes grouped by day, then by page, in the order given (newest first): how /changes/ lists them. */
export function groupChanges<T extends Omit<PageChange, 'file'>>(
  changes: readonly T[],
): { date: Date; pages: { path: string; title: string; changes: T[] }[] }[] {
  const days: { date: Date; pages: { path: string; title: string; changes: T[] }[] }[] = [];
  for (const change of changes) {
    let day = days.find((d) => dayOf(d.date) === dayOf(change.date));
    if (!day) days.push((day = { date: change.date, pages: [] }));
    let page = day.pages.find((p) => p.path === change.path);
    if (!page) day.pages.push((page = { path: change.path, title: change.title, changes: [] }));
    page.changes.push(change);
  }
  return days;
}
