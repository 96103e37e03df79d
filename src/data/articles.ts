import { getCollection, type CollectionEntry } from 'astro:content';

export type Article = CollectionEntry<'articles'>;

/** Published articles in reading order; fails the build when two share an order or a file name disagrees with its topic. */
export async function getArticles(): Promise<Article[]> {
  const all = await getCollection('articles', ({ data }) => import.meta.env.DEV || !data.draft);
  for (const a of all) {
    if (a.id !== a.data.topic) {
      throw new Error(`content/articles/${a.id}.mdx: topic "${a.data.topic}" must equal the file name "${a.id}"`);
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
