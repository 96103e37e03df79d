/* The search dialog the header's search control opens: Pagefind's modal holding the site's search parts,
   plus a link that carries the current search to the full search page. */
import { searchFromState } from '../../lib/search';
import type { ModalElement } from './pagefind-types';
import {
  capQueryLength,
  createEmptyHint,
  createFilters,
  loadSearchUi,
  searchDebounce,
  useResultTemplate,
} from './pagefind-ui';

let modal: Promise<ModalElement> | undefined;

/** Builds the dialog (once) and starts loading the search engine, without opening anything. */
export function prepareSearchModal(): Promise<ModalElement> {
  modal ??= (async () => {
    const instance = await loadSearchUi();
    // An empty <pagefind-modal> builds its own header, body and footer when connected; the site's parts are
    // added to those. (Passing them in as children makes Pagefind move, and so initialise, them twice.)
    const dialog = document.createElement('pagefind-modal') as ModalElement;
    document.body.append(dialog);
    dialog.dialogEl?.setAttribute('aria-label', 'Search the guide');

    const input = dialog.querySelector('pagefind-input');
    input?.setAttribute('debounce', String(searchDebounce));
    if (input) capQueryLength(input);
    const summary = dialog.querySelector('pagefind-summary');
    summary?.before(createFilters());
    summary?.after(createEmptyHint(instance));
    const results = dialog.querySelector('pagefind-results');
    if (results) useResultTemplate(results, instance);
    // A result on the page being read only scrolls to it: close the dialog so the reader sees it land.
    results?.addEventListener('click', (event) => {
      if (event.target instanceof Element && event.target.closest('a')) dialog.close();
    });

    const page = document.createElement('a');
    page.className = 'search-full-page';
    page.href = '/search/';
    page.textContent = 'Open the search page';
    dialog.querySelector('pagefind-modal-footer')?.append(page);
    instance.on('search', (term, chosen) => (page.href = `/search/${searchFromState(term, chosen)}`), page);

    return dialog;
  })();
  return modal;
}
