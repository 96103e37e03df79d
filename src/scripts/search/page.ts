/* The /search/ page: the whole search on one page, its query and filters kept in the URL so a search can
   be shared and the back and forward buttons step through earlier searches. */
import { searchFromState, stateFromSearch } from '../../lib/search';
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
  let restoring = false;
  const baseTitle = document.title;

  const restore = () => {
    const { query, filters: chosen } = stateFromSearch(location.search);
    restoring = true;
    const el = field();
    if (el) el.value = query;
    instance.triggerSearchWithFilters(query, chosen);
    restoring = false;
    committed = true;
  };

  instance.on('search', (term, chosen) => {
    document.title = term.trim() ? `“${term.trim()}”: ${baseTitle}` : baseTitle;
    if (restoring) return;
    const url = `${location.pathname}${searchFromState(term, chosen)}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (committed) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    committed = false;
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') committed = true;
  });
  addEventListener('popstate', restore);

  restore();
  if (!instance.searchTerm) field()?.focus();
}

const root = document.querySelector<HTMLElement>('[data-search-page]');
if (root) void start(root);
