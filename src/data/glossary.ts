import { getCollection, render } from 'astro:content';
import type { GlossaryTerm } from '../schemas/glossary';
import { getArticles } from './articles';

export interface GlossaryEntry extends GlossaryTerm {
  /** The title of the article `see` points at. */
  seeArticle: string;
  /** The heading of the section `see` points at, when it names one. */
  seeSection?: string | undefined;
}

/** Every term, with the titles of the article and section it points at; fails the build when that section is gone. */
export async function getGlossary(): Promise<GlossaryEntry[]> {
  const terms = (await getCollection('glossary')).map((e) => e.data);
  // Only the articles the terms point at are rendered for their headings, not every article of a large guide.
  const cited = new Set(terms.map((t) => /^\/guide\/([^/]+)\//.exec(t.see)?.[1]));
  const articles = await Promise.all(
    (await getArticles())
      .filter((a) => cited.has(a.id))
      .map(async (a) => ({ a, headings: (await render(a)).headings })),
  );
  return terms.map((t) => {
    const [, slug, anchor] = /^\/guide\/([^/]+)\/(?:#(.+))?$/.exec(t.see) ?? [];
    const found = articles.find(({ a }) => a.id === slug);
    const heading = found?.headings.find((h) => h.slug === anchor);
    const aliased = anchor !== undefined && found?.a.data.aliases[anchor] !== undefined;
    if (!found || (anchor !== undefined && !heading && !aliased)) {
      throw new Error(`content/data/glossary.yaml: term "${t.id}" has see: ${t.see}, which is not a guide section`);
    }
    return { ...t, seeArticle: found.a.data.title, seeSection: heading?.text };
  });
}
