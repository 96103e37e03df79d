/* The /search/ page: the whole search on one page, its query and filters kept in the URL so a search can
   be shared and the back and forward buttons step through earlier searches. The page is served with a plain
   search box; the search view takes it over when the URL holds a search or the reader starts typing, so a
   first view loads none of Pagefind. The box itself stays, so what was typed, and the caret, stay too. */
import { cleanQuery, searchFromState, stateFromSearch } from '../../lib/search';
import { loadEngine } from './engine';
import type { Pagefind } from './pagefind-types';
import { loadSearchStyles, SearchView } from './search-view';

function start(root: HTMLElement, form: HTMLFormElement, box: HTMLInputElement, engine: Promise<Pagefind>) {
  // Typing replaces the current history entry; the first change after a committed search (the page as
  // loaded, Enter, or back/forward) adds a new one, so Back returns to the search before.
  let committed = true;
  let commitOn: string | null = null;
  const baseTitle = document.title;
  const urlState = () => {
    const { query, filters } = stateFromSearch(location.search);
    return searchFromState(query, filters);
  };

  // Registered before the view's own Enter handler, which searches at once, so that search is committed.
  box.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    commitOn = box.value;
    // The view runs no new search for the query it already shows, so commit that one here.
    if (cleanQuery(commitOn).trim() === stateFromSearch(location.search).query.trim()) {
      committed = true;
      commitOn = null;
    }
  });
  form.addEventListener('submit', (event) => event.preventDefault());

  const view = new SearchView(engine, box, null);
  root.append(...view.parts);
  view.onSearch = (term, chosen) => {
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
  };

  addEventListener('popstate', () => {
    const { query, filters } = stateFromSearch(location.search);
    box.value = query;
    view.search(query, filters);
    committed = true;
  });
  // What the reader has typed so far, or the URL's search (a typed box is left as it is, caret and all).
  const { query, filters } = stateFromSearch(location.search);
  if (!box.value) box.value = query;
  view.search(box.value, filters);
}

const root = document.querySelector<HTMLElement>('[data-search-page]');
const form = root?.querySelector<HTMLFormElement>('[data-search-form]');
const box = form?.querySelector<HTMLInputElement>('input');
if (root && form && box) {
  let started = false;
  const begin = () => {
    if (started) return;
    started = true;
    // The engine loads while the view's stylesheet does; the view shows once it is styled, so nothing moves.
    const engine = loadEngine(true);
    void loadSearchStyles().then(() => start(root, form, box, engine));
  };
  const { query, filters } = stateFromSearch(location.search);
  if (query || Object.keys(filters).length) {
    box.value = query;
    begin();
  } else {
    box.focus();
    for (const type of ['input', 'keydown', 'pointerdown', 'touchstart']) {
      root.addEventListener(type, begin, { once: true, passive: true });
    }
    addEventListener('popstate', begin, { once: true });
  }
}
