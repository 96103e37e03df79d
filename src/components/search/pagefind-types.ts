/* The part of Pagefind's JavaScript API (/pagefind/pagefind.js) this site uses. The API is loaded at run time
   from the index bundle, which ships no types of its own. https://pagefind.app/docs/api/ */
import type { FilterSelection, SubResult } from '../../lib/search';

/** Filter values and how many pages have each: { stage: { Junior: 3 } }. */
export type FilterCounts = Record<string, Record<string, number>>;

/** One page's data, fetched (its fragment) only when the result is shown. */
export interface ResultData {
  url: string;
  /** The page's text around the best match: Pagefind escapes < and > and wraps matches in <mark>. */
  excerpt: string;
  content: string;
  locations: number[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results: SubResult[];
}

export interface SearchResult {
  id: string;
  data(): Promise<ResultData>;
}

export interface SearchResponse {
  results: SearchResult[];
  /** Per value, the pages that would match with it added to the current filters. */
  filters: FilterCounts;
  /** Per value, the pages matching the query whatever the filters. */
  totalFilters: FilterCounts;
}

export interface SearchOptions {
  filters?: FilterSelection;
}

export interface Pagefind {
  /** Waits until the instance is set up (not for its index, which the first search waits for). */
  init(): Promise<void>;
  search(term: string, options?: SearchOptions): Promise<SearchResponse>;
  /** Waits `ms`, then searches, unless another search started meanwhile: then null. */
  debouncedSearch(term: string, options: SearchOptions, ms: number): Promise<SearchResponse | null>;
  filters(): Promise<FilterCounts>;
}

export interface PagefindModule {
  createInstance(options: Record<string, unknown>): Pagefind;
}
