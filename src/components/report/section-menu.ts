/* A menu button beside each article heading's "#" link, added once the enhancements load; the menu itself
   (section-popover.ts) loads the first time a reader opens one, so the first view carries only the buttons. */
import { loadStylesheet } from '../../scripts/stylesheet';
// As a URL, not an import: an imported stylesheet would join every page's first view.
import styles from './section-menu.css?url';

/** The project's repository, as the page's own "Report a problem" link names it (PageTools.astro). */
const repo = document.querySelector<HTMLAnchorElement>('a[data-report]')?.href.split('/issues/new')[0];

/** Puts a menu button after each heading's "#" link. */
function addButtons(links: Iterable<HTMLAnchorElement>, repo: string) {
  for (const link of links) {
    if (!link.closest('h2, h3')) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'heading-menu not-prose';
    button.setAttribute('aria-haspopup', 'true');
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-controls', 'section-menu');
    button.dataset['pagefindIgnore'] = '';
    button.dataset['shareIgnore'] = '';
    const label = document.createElement('span');
    label.className = 'sr-only';
    label.textContent = 'Section menu';
    const dots = document.createElement('span');
    dots.setAttribute('aria-hidden', 'true');
    dots.textContent = '⋯';
    button.append(dots, label);
    button.addEventListener('click', () => void import('./section-popover').then((menu) => menu.open(button, repo)));
    link.after(button);
  }
}

const links = document.querySelectorAll<HTMLAnchorElement>('[data-pagefind-body] a[data-copy-link]');
// The buttons go in once their styles apply, so they never show unstyled. Not awaited here: the other features
// (and search's shortcut, see theme-init.js) must not wait for this stylesheet.
if (links.length && repo && 'popover' in HTMLElement.prototype) {
  void loadStylesheet(styles).then(() => addButtons(links, repo));
}
