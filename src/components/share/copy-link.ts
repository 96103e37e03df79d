/* Every heading's "#" link (a[data-copy-link]) copies the section's absolute URL instead of jumping to it: the
   address bar shows the section, the clipboard holds the link, and a polite live region says so. */
import { announce, liveRegion } from '../../scripts/announce';
import { copyText } from '../../scripts/clipboard';
import { pageUrl } from './page-url';

async function copySectionLink(link: HTMLAnchorElement) {
  const id = decodeURIComponent(link.hash.slice(1));
  // Replace, not push: copying a link is not a step the Back button should have to undo.
  history.replaceState(history.state, '', `#${encodeURIComponent(id)}`);
  const copied = await copyText(pageUrl(id));
  if (copied) {
    link.dataset.copied = '';
    setTimeout(() => link.removeAttribute('data-copied'), 2000);
  }
  announce(copied ? 'Link copied' : 'Could not copy: the link to this section is in the address bar');
}

document.addEventListener('click', (event) => {
  // A modified click means "open in a new tab" or similar: leave it to the browser.
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
    return;
  const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-copy-link]');
  if (!link) return;
  event.preventDefault();
  void copySectionLink(link);
});

if (document.querySelector('a[data-copy-link]')) liveRegion();
