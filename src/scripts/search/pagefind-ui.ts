/* Loads Pagefind's Component UI from the index bundle, once, and configures it for this site: ranking,
   the results template, query cleaning and wording. Imported only when a reader reaches for search. */
import { cleanQuery, maxQueryLength, searchFilters } from '../../lib/search';
import type { ResultsElement, SearchInstance } from './pagefind-types';
import { resultRenderer } from './result-template';
import './search.css';

const bundle = '/pagefind/';

/** Milliseconds the input waits after a keystroke before searching; Pagefind's default of 300 feels slow. */
export const searchDebounce = 60;
let ready: Promise<SearchInstance> | undefined;

function loadStylesheet(href: string): Promise<void> {
  return new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.onload = link.onerror = () => resolve();
    document.head.append(link);
  });
}

/** The configured default search instance, with Pagefind's components defined. */
export function loadSearchUi(): Promise<SearchInstance> {
  ready ??= (async () => {
    const script = `${bundle}pagefind-component-ui.js`;
    await Promise.all([loadStylesheet(`${bundle}pagefind-component-ui.css`), import(/* @vite-ignore */ script)]);
    const components = window.PagefindComponents;
    if (!components) throw new Error(`${script} did not define PagefindComponents`);
    components.configureInstance('default', {
      bundlePath: bundle,
      excerptLength: 24,
      // Section headings name what a section is about (see SearchMeta.astro), so a page whose headings
      // match the query ranks higher; tests/e2e/search-relevance.spec.ts holds the queries this was tuned on.
      ranking: { metaWeights: { headings: 3 } },
    });
    const instance = components.getInstanceManager().getInstance('default');
    // Every search, typed or from a URL, is cleaned the same way before Pagefind sees it.
    const triggerSearch = instance.triggerSearch.bind(instance);
    instance.triggerSearch = (term) => triggerSearch(cleanQuery(term));
    instance.setTranslations({
      placeholder: 'Search the guide',
      search_label: 'Search the guide',
      zero_results: 'No sections match “[SEARCH_TERM]”',
      one_result: '1 page matches “[SEARCH_TERM]”',
      many_results: '[COUNT] pages match “[SEARCH_TERM]”',
      searching: 'Searching…',
      input_hint: 'Results appear as you type; filter them by topic and career stage',
    });
    return instance;
  })();
  return ready;
}

/** Limits what can be typed or pasted into a <pagefind-input>; cleanQuery caps every search the same way. */
export function capQueryLength(input: Element) {
  input.addEventListener('focusin', (event) => {
    if (event.target instanceof HTMLInputElement) event.target.maxLength = maxQueryLength;
  });
}

/** Filter dropdowns for topic and career stage, in one labelled group. */
export function createFilters(): HTMLElement {
  const group = document.createElement('div');
  group.className = 'search-filters';
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', 'Filter results');
  for (const { key, label } of searchFilters) {
    const dropdown = document.createElement('pagefind-filter-dropdown');
    dropdown.setAttribute('filter', key);
    dropdown.setAttribute('label', label);
    dropdown.setAttribute('wrap', '');
    dropdown.setAttribute('hide-clear', '');
    group.append(dropdown);
  }
  return group;
}

/** A hint under the summary, shown only when a search finds nothing, pointing at the contents. */
export function createEmptyHint(instance: SearchInstance): HTMLElement {
  const hint = document.createElement('p');
  hint.className = 'search-empty';
  hint.hidden = true;
  const contents = document.createElement('a');
  contents.href = '/guide/';
  contents.textContent = "the guide's contents";
  hint.append('Try fewer or different words, or browse ', contents, '.');
  instance.on(
    'results',
    (found) => {
      hint.hidden = !(instance.searchTerm.trim() && found.results.length === 0);
    },
    hint,
  );
  return hint;
}

/** Renders results with the site's template (best sections first, highlight on arrival). */
export function useResultTemplate(results: Element, instance: SearchInstance) {
  (results as ResultsElement).resultTemplate = resultRenderer(instance);
}
