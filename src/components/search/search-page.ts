/* The /search/ page: the whole search on one page, its query and filters kept in the URL so a search can
   be shared and the back and forward buttons step through earlier searches. The page is served with a plain
   search box; Pagefind's interface replaces it when the URL holds a search or the reader starts typing, so a
   first view runs none of Pagefind's code. */
import { cleanQuery, searchFromState, stateFromSearch } from '../../lib/search';
import {
  capQueryLength,
  createEmptyHint,
  createFilters,
  loadSearchUi,
  searchDebounce,
  useResultTemplate,
} from './pagefind-ui';

async function start(root: HTMLElement, box: HTMLInputElement | null) {
  const instance = await loadSearchUi();
  // What the reader typed into the served box while the interface loaded carries over, caret and all.
  const typed = box?.value ?? '';
  const hadFocus = box !== null && document.activeElement === box;
  const selection = [box?.selectionStart ?? typed.length, box?.selectionEnd ?? typed.length] as const;
  const input = document.createElement('pagefind-input');
  input.setAttribute('debounce', String(searchDebounce));
  capQueryLength(input);
  const results = document.createElement('pagefind-results');
  useResultTemplate(results, instance);
  const wrapper = document.createElement('div');
  wrapper.className = 'mb-4 max-w-3xl'; // as the served box's form, so nothing moves when it is replaced
  wrapper.append(input);
  root.replaceChildren(
    wrapper,
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
  const el = field();
  if (el && typed && typed !== el.value) {
    el.value = typed;
    instance.triggerSearch(typed);
  }
  if (hadFocus || !stateFromSearch(location.search).query) {
    el?.focus();
    el?.setSelectionRange(...selection);
  }
}

function failed(root: HTMLElement) {
  const message = document.createElement('p');
  const contents = document.createElement('a');
  contents.href = '/guide/';
  contents.textContent = "the guide's contents";
  message.append('Search could not load. Every article and section is listed in ', contents, '.');
  root.replaceChildren(message);
}

const root = document.querySelector<HTMLElement>('[data-search-page]');
if (root) {
  const box = root.querySelector<HTMLInputElement>('[data-search-form] input');
  let started = false;
  const begin = () => {
    if (started) return;
    started = true;
    root.querySelector<HTMLElement>('[data-search-loading]')?.removeAttribute('hidden');
    start(root, box).catch(() => failed(root));
  };
  const { query, filters } = stateFromSearch(location.search);
  if (query || Object.keys(filters).length) {
    if (box) box.value = query;
    begin();
  } else {
    box?.focus();
    for (const type of ['input', 'keydown', 'pointerdown', 'touchstart']) {
      root.addEventListener(type, begin, { once: true, passive: true });
    }
    addEventListener('popstate', begin, { once: true });
  }
}
