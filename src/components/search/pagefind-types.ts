/* The small part of Pagefind's Component UI API this site uses. The UI is loaded at run time from the
   index bundle (/pagefind/pagefind-component-ui.js), which ships no types of its own. */
import type { FilterSelection, SubResult } from '../../lib/search';

/** What `result.data()` gives a results template: one page with its matching sections. */
export interface ResultData {
  url: string;
  excerpt: string;
  content: string;
  locations: number[];
  meta: Record<string, string | undefined>;
  sub_results: SubResult[];
}

export interface SearchResults {
  results: unknown[];
}

/** One named search instance: every component on a page with the same instance shares it. */
export interface SearchInstance {
  searchTerm: string;
  searchFilters: FilterSelection;
  triggerLoad(): Promise<void>;
  triggerSearch(term: string): void;
  triggerSearchWithFilters(term: string, filters: FilterSelection): void;
  setTranslations(strings: Record<string, string>): void;
  on(event: 'search', callback: (term: string, filters: FilterSelection) => void, owner?: Element): void;
  on(event: 'results', callback: (results: SearchResults) => void, owner?: Element): void;
}

export interface PagefindComponents {
  configureInstance(name: string, options: Record<string, unknown>): void;
  getInstanceManager(): { getInstance(name: string): SearchInstance };
}

/** <pagefind-results> accepts a function that renders one result. */
export interface ResultsElement extends HTMLElement {
  resultTemplate: ((result: ResultData) => Element) | null;
}

/** <pagefind-modal> opens and closes its <dialog>. */
export interface ModalElement extends HTMLElement {
  open(): void;
  close(): void;
  readonly isOpen: boolean;
  dialogEl: HTMLDialogElement | null;
}

declare global {
  interface Window {
    PagefindComponents?: PagefindComponents;
  }
}
