import { expect, test } from '@playwright/test';
import { rankSections, searchedTerms, searchRanking, type SubResult } from '../../src/lib/search';
import { relevanceCases } from '../fixtures/search-relevance';

interface PageHit {
  url: string;
  sub_results: SubResult[];
}

/** The first three links a reader sees under the results: each page's best sections, in result order. */
function firstThreeSections(pages: PageHit[]): string[] {
  return pages
    .flatMap((page) => {
      const sections = rankSections(page.sub_results);
      return sections.length ? sections.map((s) => s.url) : [page.url];
    })
    .slice(0, 3);
}

test('at least 25 reader queries each find the section about them among the first three', async ({ page }) => {
  expect(relevanceCases.length).toBeGreaterThanOrEqual(25);
  await page.goto('/about/');
  // The built index, queried with Pagefind's own API and the ranking the search UI uses.
  const found = await page.evaluate(
    async ({ queries, searched, ranking }) => {
      const bundle = '/pagefind/pagefind.js';
      const pagefind = await import(bundle);
      await pagefind.options({ ranking });
      const out: Record<string, PageHit[]> = {};
      for (const query of queries) {
        const { results } = await pagefind.search(searched[query] ?? query);
        const pages = await Promise.all(results.slice(0, 3).map((r: { data(): Promise<PageHit> }) => r.data()));
        out[query] = pages.map(({ url, sub_results }) => ({ url, sub_results }));
      }
      return out;
    },
    {
      queries: relevanceCases.map((c) => c.query),
      // What the search UI asks Pagefind for (the query without its stop words).
      searched: Object.fromEntries(relevanceCases.map((c) => [c.query, searchedTerms(c.query)])),
      ranking: searchRanking,
    },
  );

  const misses = relevanceCases.flatMap(({ query, expected }) => {
    const shown = firstThreeSections(found[query] ?? []);
    return shown.some((url) => expected.includes(url)) ? [] : [`"${query}" showed ${shown.join(', ') || 'nothing'}`];
  });
  expect(misses).toEqual([]);
});
