/* The search dialog the header's search control opens: a modal <dialog> holding the query box and the search
   view, with a link that carries the current search to the full search page. Built once, on first use. */
import { searchFromState } from '../../lib/search';
import { url } from '../../lib/url';
import { loadEngine } from './engine';
import type { Pagefind } from './pagefind-types';
import { loadSearchStyles, SearchView } from './search-view';

export interface SearchModal {
  dialog: HTMLDialogElement;
  input: HTMLInputElement;
  /** Opens the dialog; closing it (Escape, the close button, a click outside) returns focus to `opener`. */
  open(opener: Element | null): void;
}

let modal: Promise<SearchModal> | undefined;

function part<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]) {
  const el = document.createElement(tag);
  el.className = className;
  el.append(...children);
  return el;
}

function build(engine: Promise<Pagefind>): SearchModal {
  const input = document.createElement('input');
  Object.assign(input, { type: 'search', placeholder: 'Search the guide', autocomplete: 'off' });
  input.setAttribute('aria-label', 'Search the guide');
  input.setAttribute('autocapitalize', 'none');
  input.setAttribute('enterkeyhint', 'search');
  // The header control's magnifier, so the icon is drawn in one place.
  const icon = document.querySelector('site-search svg')?.cloneNode(true);
  const close = part('button', 'search-close', '×');
  close.type = 'button';
  close.setAttribute('aria-label', 'Close');
  const box = part('search', 'search-box', ...(icon ? [icon] : []), input);
  const header = part('div', 'search-dialog-header', box, close);

  const body = part('div', 'search-dialog-body');
  const view = new SearchView(engine, input, body);
  body.append(...view.parts);

  const page = part('a', 'search-full-page', 'Open the search page');
  page.href = url('/search/');
  view.onSearch = (term, filters) => (page.href = url(`/search/${searchFromState(term, filters)}`));
  const keys = part('p', 'search-keys', ...['↑↓ move', '↵ open', 'esc close'].map((hint) => part('kbd', '', hint)));
  keys.setAttribute('aria-hidden', 'true');
  const footer = part('div', 'search-dialog-footer', keys, page);

  const dialog = part('dialog', 'search-dialog', part('div', 'search-dialog-frame', header, body, footer));
  dialog.setAttribute('aria-label', 'Search the guide');
  document.body.append(dialog);

  let opener: Element | null = null;
  let landing: HTMLElement | null = null;
  close.addEventListener('click', () => dialog.close());
  // The frame fills the dialog, so a click on the dialog itself is a click on the backdrop around it.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) return dialog.close();
    const link = event.target instanceof Element && event.target.closest<HTMLAnchorElement>('.search-results a');
    if (!link) return;
    // A result on the page being read only scrolls to it: close the dialog so the reader sees it land.
    const here = link.pathname === location.pathname && link.search === location.search;
    landing = here && link.hash ? document.getElementById(decodeURIComponent(link.hash.slice(1))) : null;
    dialog.close();
  });
  // Escape closes the dialog from anywhere in it (an open filter list closes first), rather than clearing the box.
  dialog.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (event.target instanceof Element && event.target.closest('[aria-expanded="true"]')) return;
      event.preventDefault();
      dialog.close();
    },
    true,
  );
  dialog.addEventListener('close', () => {
    if (landing) {
      landing.tabIndex = -1;
      landing.focus({ preventScroll: true });
    } else if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    landing = null;
  });

  return {
    dialog,
    input,
    open(from) {
      opener = from;
      dialog.showModal();
      input.focus();
    },
  };
}

/** Builds the dialog (once) and starts loading the search engine, without opening anything. Rejects, and
    tries again on the next call, when the engine's script cannot load. */
export function prepareSearchModal(): Promise<SearchModal> {
  const engine = loadEngine();
  modal ??= Promise.all([engine, loadSearchStyles()]).then(() => build(engine));
  modal.catch(() => (modal = undefined));
  return modal;
}
