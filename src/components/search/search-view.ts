/* The search, as the dialog and the search page share it: it listens to a query box it is given and adds the
   filters, a summary that screen readers announce, a hint when nothing matches, and the results. Searches wait
   for the engine, so the view works (and keeps what is typed) while the engine is still loading. */
import {
  cleanQuery,
  searchedTerms,
  maxQueryLength,
  searchesWhileTyping,
  searchFilters,
  summaryText,
  typingPause,
  type FilterSelection,
} from '../../lib/search';
import { url } from '../../lib/url';
import { loadStylesheet } from '../../scripts/stylesheet';
import { FilterMenu } from './filter-menu';
import type { FilterCounts, Pagefind } from './pagefind-types';
import { ResultList } from './result-list';
// As a URL, not an import: Astro would hoist an imported stylesheet into every page's <head>, where it would also
// block the search page's first paint.
import searchCss from './search.css?url';

/** Milliseconds the box waits after a keystroke before searching: enough to skip a keystroke typed on its heels. */
const searchDebounce = 16;
/** A search still waiting for the engine after this many milliseconds says so. */
const slowSearch = 300;

let ids = 0;
/** Loads the view's stylesheet (once); resolves when it applies, or failed: the view works unstyled. */
export const loadSearchStyles = (): Promise<void> => loadStylesheet(searchCss);

function contentsHint(before: string, after: string): HTMLParagraphElement {
  const hint = document.createElement('p');
  const contents = document.createElement('a');
  contents.href = url('/guide/');
  contents.textContent = "the guide's contents";
  hint.append(before, contents, after);
  return hint;
}

export class SearchView {
  /** The elements to place under the query box, in order. */
  readonly parts: HTMLElement[];
  /** Called as each search starts, with its query and filters. */
  onSearch: (term: string, filters: FilterSelection) => void = () => {};
  term = '';
  filters: FilterSelection = {};
  private readonly summary = document.createElement('p');
  private readonly empty = contentsHint('Try fewer or different words, or browse ', '.');
  private readonly results: ResultList;
  private readonly menus = new Map<string, FilterMenu>();
  private totals: Promise<FilterCounts>;
  private asked: string | undefined;
  private ticket = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pause: ReturnType<typeof setTimeout> | undefined;
  private typing = false;

  constructor(
    private readonly engine: Promise<Pagefind>,
    private readonly input: HTMLInputElement,
    scroller: Element | null,
  ) {
    input.maxLength = maxQueryLength;
    const describe = document.createElement('span');
    describe.id = `search-hint-${++ids}`;
    describe.className = 'sr-only';
    describe.textContent = 'Results appear as you type; filter them by topic and career stage';
    input.after(describe);
    input.setAttribute('aria-describedby', describe.id);

    const group = document.createElement('div');
    group.className = 'search-filters';
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', 'Filter results');
    for (const { key, label } of searchFilters) {
      const menu = new FilterMenu(label, (values) => {
        this.typing = false;
        this.search(this.term, { ...this.filters, [key]: values });
      });
      this.menus.set(key, menu);
      group.append(menu.element);
    }
    this.summary.className = 'search-summary';
    this.summary.setAttribute('role', 'status');
    this.empty.className = 'search-empty';
    this.empty.hidden = true;
    this.results = new ResultList(scroller);
    this.parts = [group, this.summary, this.empty, this.results.element];

    this.totals = engine.then((pagefind) => pagefind.filters());
    this.totals.then((totals) => this.showFilters(totals, totals)).catch(() => {});
    input.addEventListener('input', () => this.typed());
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') this.settle();
      if (event.key !== 'ArrowDown') return;
      event.preventDefault();
      this.results.links()[0]?.focus();
    });
    this.results.element.addEventListener('keydown', (event) => this.onResultKey(event));
  }

  /**
   * While the reader types, search fetches as little as it can (every keystroke is a search): a last word of one
   * or two letters waits for a pause, and each search shows only its best result until then.
   */
  private typed() {
    const query = this.input.value;
    this.typing = true;
    clearTimeout(this.pause);
    this.pause = setTimeout(() => this.settle(), typingPause);
    if (!query.trim() || searchesWhileTyping(query)) this.search(query, this.filters, searchDebounce);
  }

  /** The reader has paused, or pressed Enter: search what is in the box, and show every result in view. */
  private settle() {
    clearTimeout(this.pause);
    this.typing = false;
    this.search(this.input.value);
    this.results.fill();
  }

  /** Searches for `query` with `filters`, after `debounce` ms unless another search is asked for first. */
  search(query: string, filters: FilterSelection = this.filters, debounce = 0) {
    clearTimeout(this.timer);
    const term = cleanQuery(query).trim() ? cleanQuery(query) : '';
    const chosen = Object.fromEntries(Object.entries(filters).filter(([, values]) => values.length));
    if (debounce) this.timer = setTimeout(() => void this.run(term, chosen), debounce);
    else void this.run(term, chosen);
  }

  private async run(term: string, filters: FilterSelection) {
    // The same search asked twice in a row (Enter, then the box's debounce) would redraw the results.
    const asked = JSON.stringify([term, filters]);
    if (asked === this.asked) return;
    this.asked = asked;
    this.term = term;
    this.filters = filters;
    this.onSearch(term, filters);
    const ticket = ++this.ticket;
    const slow = setTimeout(() => (this.summary.textContent = 'Searching…'), slowSearch);
    try {
      const pagefind = await this.engine;
      // Pagefind counts the values of the filters it is given, so every filter is given, ticked or not.
      const all = Object.fromEntries(searchFilters.map(({ key }) => [key, filters[key] ?? []]));
      const found = term ? await pagefind.search(searchedTerms(term), { filters: all }) : undefined;
      const totals = await this.totals;
      if (ticket !== this.ticket) return;
      this.summary.textContent = summaryText(found?.results.length ?? 0, term);
      this.empty.hidden = !found || found.results.length > 0;
      this.results.show(found?.results ?? [], term, this.typing);
      this.showFilters(found?.filters ?? totals, found?.totalFilters ?? totals);
    } catch {
      if (ticket === this.ticket) this.fail();
    } finally {
      clearTimeout(slow);
    }
  }

  private showFilters(available: FilterCounts, total: FilterCounts) {
    for (const [key, menu] of this.menus) menu.update(available[key] ?? {}, total[key] ?? {}, this.filters[key] ?? []);
  }

  /** Without its engine (a failed request, or dev before the first build), the view says where else to look. */
  private fail() {
    this.summary.replaceChildren(
      ...contentsHint('Search could not load. Every article and section is listed in ', '.').childNodes,
    );
    this.empty.hidden = true;
    this.results.clear();
  }

  /** Arrow keys move through the result links; typing goes back to the box. */
  private onResultKey(event: KeyboardEvent) {
    const link = event.target instanceof Element && event.target.closest('a');
    if (!link || event.ctrlKey || event.metaKey || event.altKey) return;
    const links = this.results.links();
    const at = links.indexOf(link);
    const retype = (value: string) => {
      this.input.focus();
      this.input.value = value;
      this.input.dispatchEvent(new Event('input', { bubbles: true }));
    };
    if (event.key === 'ArrowDown') {
      const next = links[at + 1];
      if (next) next.focus();
      else this.results.focusNext();
    } else if (event.key === 'ArrowUp') (links[at - 1] ?? this.input).focus();
    else if (event.key === 'Backspace') retype(this.input.value.slice(0, -1));
    else if (event.key === '/') this.input.focus();
    else if (event.key.length === 1) retype(this.input.value + event.key);
    else return;
    event.preventDefault();
  }
}
