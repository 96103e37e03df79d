/* Loads Pagefind's Component UI from the index bundle, once, and configures it for this site: ranking,
   the results template, query cleaning and wording. Imported only when a reader reaches for search. */
import { cleanQuery, maxQueryLength, searchFilters, searchRanking } from '../../lib/search';
import type { ResultsElement, SearchInstance } from './pagefind-types';
import { resultRenderer } from './result-template';
// As a URL, not an import: Astro would hoist an imported stylesheet into every page's <head>.
import searchCss from './search.css?url';

const bundle = '/pagefind/';

/** Milliseconds the input waits after a keystroke before searching; Pagefind's default of 300 feels slow. */
export const searchDebounce = 16;
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
    await Promise.all([
      loadStylesheet(`${bundle}pagefind-component-ui.css`),
      loadStylesheet(searchCss),
      import(/* @vite-ignore */ script),
    ]);
    const components = window.PagefindComponents;
    if (!components) throw new Error(`${script} did not define PagefindComponents`);
    components.configureInstance('default', {
      bundlePath: bundle,
      excerptLength: 24,
      ranking: searchRanking,
    });
    const instance = components.getInstanceManager().getInstance('default');
    // Every search, typed or from a URL, is cleaned the same way, and waits for the engine: Pagefind 1.6
    // numbers a search only once the engine has loaded, so one issued while it loads can overtake a later one
    // and show stale results. Of the searches asked for while loading, only the last runs.
    const engine = instance.triggerLoad();
    let loaded = false;
    let latest = 0;
    void engine.then(() => (loaded = true));
    const whenLoaded = (search: () => void) => {
      if (loaded) return search();
      const ticket = ++latest;
      void engine.then(() => ticket === latest && search());
    };
    const clean = (term: string) => (cleanQuery(term).trim() ? cleanQuery(term) : '');
    // The same query asked twice in a row (Enter, then the input's debounce) would redraw the results.
    let lastAsked: string | undefined;
    const triggerSearch = instance.triggerSearch.bind(instance);
    const triggerSearchWithFilters = instance.triggerSearchWithFilters.bind(instance);
    instance.triggerSearch = (term) => {
      const query = clean(term);
      if (query === lastAsked) return;
      lastAsked = query;
      whenLoaded(() => triggerSearch(query));
    };
    instance.triggerSearchWithFilters = (term, filters) => {
      lastAsked = clean(term);
      whenLoaded(() => triggerSearchWithFilters(clean(term), filters));
    };
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
  nameFilterControls(group);
  return group;
}

/**
 * Accessible names for Pagefind 1.6's filter dropdowns: its combobox button is named only while a value is
 * selected (a combobox is not named by its text), and each option's aria-label ("Junior, 2 results") does
 * not contain its visible text ("Junior2"), which speech-input users say to pick it. The options are named
 * by their text instead, with the count spelled out for screen readers.
 */
function nameFilterControls(group: HTMLElement) {
  const name = () => {
    for (const trigger of group.querySelectorAll('.pf-dropdown-trigger')) {
      const label = trigger.querySelector('.pf-dropdown-trigger-label')?.textContent;
      if (label && !trigger.hasAttribute('aria-label')) trigger.setAttribute('aria-label', label);
    }
    for (const option of group.querySelectorAll('.pf-dropdown-option[aria-label]')) {
      option.removeAttribute('aria-label');
      const count = option.querySelector('.pf-dropdown-option-count')?.textContent ?? '';
      const spoken = document.createElement('span');
      spoken.className = 'sr-only';
      spoken.textContent = `(${count} ${count === '1' ? 'result' : 'results'})`;
      option.append(spoken);
    }
  };
  new MutationObserver(name).observe(group, { subtree: true, childList: true, attributeFilter: ['aria-label'] });
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
