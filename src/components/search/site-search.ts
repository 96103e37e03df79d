/**
 * The header's search control. Without JavaScript it is a link to /search/; with it, the link opens the
 * search dialog, as do Ctrl/Cmd+K and "/". The dialog's code and the index load only when the reader moves
 * toward search (hover, focus, touch or a shortcut), never on a page's first view.
 */
const prepare = () => import('./modal').then((m) => m.prepareSearchModal());
/** The search page's own box, where the page has one: there, search is that box, not the dialog. */
const searchPageBox = () => document.querySelector<HTMLInputElement>('[data-search-page] input');

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** Opens search: the search page's own box when on /search/, the dialog everywhere else. */
async function openSearch(control: HTMLElement | null, typedBefore = '') {
  const pageBox = searchPageBox();
  if (pageBox) return pageBox.focus();
  // The first time, the dialog takes a moment to load: keep what the reader types meanwhile.
  let typed = typedBefore;
  const keep = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key.length === 1) typed += event.key;
    else if (event.key === 'Backspace') typed = typed.slice(0, -1);
    else return;
    event.preventDefault();
  };
  document.addEventListener('keydown', keep, true);
  const modal = await prepare()
    .catch(() => null)
    .finally(() => document.removeEventListener('keydown', keep, true));
  // Without the engine's script (a failed request, or dev before the first build) the search page explains.
  // The site's base as trusted-types.ts reads it: lib/url.ts would be one more file on every page.
  const page = `${import.meta.env.BASE_URL}search/`;
  if (!modal) return location.assign(`${page}${typed ? `?q=${encodeURIComponent(typed)}` : ''}`);
  const { dialog, input } = modal;
  if (!dialog.open) {
    modal.open(document.activeElement);
    control?.setAttribute('aria-expanded', 'true');
    dialog.addEventListener('close', () => control?.setAttribute('aria-expanded', 'false'), { once: true });
  }
  input.focus();
  if (typed) {
    input.value += typed;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

class SiteSearch extends HTMLElement {
  connectedCallback() {
    const link = this.querySelector('a');
    if (!link) return;
    // With JavaScript the link opens a dialog, so it is announced as a button that does.
    link.setAttribute('role', 'button');
    link.setAttribute('aria-haspopup', 'dialog');
    link.setAttribute('aria-expanded', 'false');
    link.setAttribute('aria-keyshortcuts', 'Control+K Meta+K /');
    const hint = this.querySelector('kbd');
    if (hint && /Mac|iPhone|iPad/.test(navigator.platform)) hint.textContent = '⌘K';

    // Moving toward the control starts loading (not on the search page, which needs no dialog); a failure
    // surfaces only if the reader then opens search.
    const warm = () => {
      if (!searchPageBox()) prepare().catch(() => {});
    };
    for (const type of ['pointerenter', 'pointerdown', 'focus']) {
      link.addEventListener(type, warm, { once: true, passive: true });
    }
    link.addEventListener('click', (event) => {
      // A modified click still opens the search page itself, in a new tab or window.
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
      event.preventDefault();
      void openSearch(link);
    });
    link.addEventListener('keydown', (event) => {
      if (event.key !== ' ') return;
      event.preventDefault();
      void openSearch(link);
    });
  }
}

document.addEventListener('keydown', (event) => {
  if (event.defaultPrevented || event.altKey) return;
  const modK = event.key.toLowerCase() === 'k' && (event.metaKey || event.ctrlKey) && !event.shiftKey;
  const slash = event.key === '/' && !event.metaKey && !event.ctrlKey && !isTyping(event.target);
  if (!modK && !slash) return;
  event.preventDefault();
  void openSearch(document.querySelector('site-search a'));
});

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);

// A shortcut pressed before this script had loaded (theme-init.js noted it) opens search now.
const { dataset } = document.documentElement;
if (dataset['searchWanted'] !== undefined) {
  const typed = dataset['searchWanted'];
  delete dataset['searchWanted'];
  void openSearch(document.querySelector('site-search a'), typed);
}
