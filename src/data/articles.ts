import { createHash } from 'node:crypto';
import { getCollection, type CollectionEntry } from 'astro:content';
import { aliasesByTarget } from '../lib/aliases';
import { topics } from '../site.config';

export type Article = CollectionEntry<'articles'>;

/** Published articles in reading order; fails the build when two share an order or a topic has no article of its name. */
export async function getArticles(): Promise<Article[]> {
  const all = await getCollection('articles', ({ data }) => import.meta.env.DEV || !data.draft);
  for (const topic of topics) {
    if (!all.some((a) => a.id === topic && a.data.topic === topic)) {
      throw new Error(`content/articles/${topic}.mdx is missing or not published: /guide/${topic}/ is a public URL`);
    }
  }
  const sorted = all.sort((a, b) => a.data.order - b.data.order);
  sorted.forEach((a, i) => {
    const prev = sorted[i - 1];
    if (prev && prev.data.order === a.data.order) {
      throw new Error(`content/articles/${a.id}.mdx: order ${a.data.order} is also used by ${prev.id}.mdx`);
    }
  });
  return sorted;
}

let aliasIndex: Promise<Map<string, Map<string, string[]>>> | undefined;

/** An article's old heading ids, by the id each now points at. Read once per build (every heading asks), and on
    every call in dev, where articles change while the server runs. */
export async function headingAliases(slug: string): Promise<Map<string, string[]> | undefined> {
  const load = async () =>
    new Map((await getCollection('articles')).map((a) => [a.id, aliasesByTarget(a.data.aliases)]));
  const index = import.meta.env.DEV ? load() : (aliasIndex ??= load());
  return (await index).get(slug);
}

/**
 * The incremental build's key for each article page (experimental.incrementalBuild in astro.config.mjs): an
 * unchanged key lets a rebuild reuse the page instead of rendering it again. Astro itself tracks the page's code
 * and the article's rendered body; the key adds the article's frontmatter, every article's frontmatter (titles,
 * descriptions and stages appear in the neighbours, related articles and navigation) and the data its components
 * draw on (glossary definitions, salaries, skills, stages). Editing one article's text rebuilds only its page.
 */
export async function pageCacheKeys(articles: readonly Article[]): Promise<Map<string, string>> {
  const data = await Promise.all(
    (['glossary', 'salaries', 'skills', 'stages'] as const).map(async (name) =>
      (await getCollection(name)).map((e) => [name, e.id, e.digest ?? JSON.stringify(e.data)]),
    ),
  );
  const shared = createHash('sha256')
    .update(JSON.stringify([articles.map((a) => [a.id, a.data]), data]))
    .digest('hex')
    .slice(0, 16);
  return new Map(articles.map((a) => [a.id, `${a.digest ?? JSON.stringify(a.data)}.${shared}`]));
}
