/* The /search/ page: the whole search on one page, its query and filters kept in the URL so a search can
   be shared and the back and forward buttons step through earlier searches. */
import { cleanQuery, searchFromState, stateFromSearch } from '../../lib/search';
import {
  capQueryLength,
  createEmptyHint,
  createFilters,
  loadSearchUi,
  searchDebounce,
  useResultTemplate,
} from './pagefind-ui';

async function start(root: HTMLElement) {
  const instance = await loadSearchUi();
  const input = document.createElement('pagefind-input');
  input.setAttribute('debounce', String(searchDebounce));
  capQueryLength(input);
  const results = document.createElement('pagefind-results');
  useResultTemplate(results, instance);
  const box = document.createElement('div');
  box.className = 'search-page-box';
  box.append(input);
  root.replaceChildren(
    box,
    createFilters(),
    document.createElement('pagefind-summary'),
    createEmptyHint(instance),
    results,
  );
  const field = () => input.querySelector('input');

  // Typing replaces the current history entry; the first change after a committed search (the page as
  // loaded, Enter, or back/forward) adds a new one, so Back returns to the search before.
  let committed = true;
  let commitOn: string | null = null;
  const baseTitle = document.title;
  const urlState = () => {
    const { query, filters } = stateFromSearch(location.search);
    return searchFromState(query, filters);
  };

  const restore = () => {
    const { query, filters } = stateFromSearch(location.search);
    const el = field();
    if (el) el.value = query;
    instance.triggerSearchWithFilters(query, filters);
    committed = true;
  };

  instance.on('search', (term, chosen) => {
    document.title = term.trim() ? `“${term.trim()}”: ${baseTitle}` : baseTitle;
    const next = searchFromState(term, chosen);
    if (next !== urlState()) {
      const url = `${location.pathname}${next}`;
      if (committed) history.pushState(null, '', url);
      else history.replaceState(null, '', url);
      committed = false;
    }
    if (commitOn !== null && cleanQuery(commitOn).trim() === term.trim()) {
      committed = true;
      commitOn = null;
    }
  });
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    // Search now rather than after the debounce, and keep this query's entry once it is in the URL.
    commitOn = field()?.value ?? '';
    // Pagefind fires no new search event for the query it already shows, so commit that one here.
    if (cleanQuery(commitOn).trim() === stateFromSearch(location.search).query.trim()) {
      committed = true;
      commitOn = null;
      return;
    }
    instance.triggerSearch(commitOn);
  });
  addEventListener('popstate', restore);

  restore();
  if (!stateFromSearch(location.search).query) field()?.focus();
}

const root = document.querySelector<HTMLElement>('[data-search-page]');
if (root) {
  start(root).catch(() => {
    const message = document.createElement('p');
    const contents = document.createElement('a');
    contents.href = '/guide/';
    contents.textContent = "the guide's contents";
    message.append('Search could not load. Every article and section is listed in ', contents, '.');
    root.replaceChildren(message);
  });
}
