/* A menu beside each article heading's "#" link, added once the enhancements load: "Copy link to this section" (the
   "#" link's own action) and "Report a problem with this section", a link that opens a prefilled issue on the
   project's repository with the section's URL and title (src/lib/report.ts). One menu serves every heading; it is a
   popover, so Escape and a click outside close it. The page sends nothing itself. */
import { issueUrl } from '../../lib/report';
import { loadStylesheet } from '../../scripts/stylesheet';
import { pageUrl } from '../share/page-url';
// As a URL, not an import: an imported stylesheet would join every page's first view.
import styles from './section-menu.css?url';

/** The project's repository, as the page's own "Report a problem" link names it (PageTools.astro). */
const repo = document.querySelector<HTMLAnchorElement>('a[data-report]')?.href.split('/issues/new')[0];

let menu: HTMLElement | undefined;
let opener: HTMLButtonElement | undefined;

function build(): HTMLElement {
  const el = document.createElement('div');
  el.id = 'section-menu';
  el.className = 'section-menu';
  el.popover = 'auto';
  el.dataset['shareIgnore'] = '';
  el.dataset['pagefindIgnore'] = '';
  const copy = document.createElement('button');
  copy.type = 'button';
  copy.textContent = 'Copy link to this section';
  copy.addEventListener('click', () => {
    const link = opener?.previousElementSibling;
    el.hidePopover();
    if (link instanceof HTMLAnchorElement) link.click();
  });
  const report = document.createElement('a');
  report.textContent = 'Report a problem with this section';
  report.addEventListener('click', () => el.hidePopover());
  el.append(copy, report);
  el.addEventListener('toggle', (event) => {
    const open = (event as ToggleEvent).newState === 'open';
    opener?.setAttribute('aria-expanded', String(open));
    if (!open && el.contains(document.activeElement)) opener?.focus();
  });
  document.body.append(el);
  return el;
}

function open(button: HTMLButtonElement) {
  const heading = button.closest('h2, h3');
  if (!heading) return;
  menu ??= build();
  if (opener === button && menu.matches(':popover-open')) return menu.hidePopover();
  if (menu.matches(':popover-open')) menu.hidePopover();
  opener = button;
  const title = heading.getAttribute('data-pagefind-title') ?? heading.textContent?.trim() ?? '';
  const report = menu.querySelector('a');
  if (report) {
    report.href = issueUrl(repo ?? '', { url: pageUrl(), section: { id: heading.id, title } });
  }
  menu.showPopover();
  // Under the button, inside the viewport.
  const anchor = button.getBoundingClientRect();
  const width = menu.getBoundingClientRect().width;
  const left = Math.min(Math.max(anchor.left, 8), document.documentElement.clientWidth - width - 8);
  menu.style.top = `${anchor.bottom + 4 + window.scrollY}px`;
  menu.style.left = `${left + window.scrollX}px`;
  menu.querySelector('button')?.focus();
}

const links = document.querySelectorAll<HTMLAnchorElement>('[data-pagefind-body] a[data-copy-link]');
// The buttons go in once their styles apply, so they never show unstyled.
if (links.length && repo && 'popover' in HTMLElement.prototype) await loadStylesheet(styles);
for (const link of links) {
  const heading = link.closest('h2, h3');
  if (!heading || !repo || !('popover' in HTMLElement.prototype)) break;
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
  button.addEventListener('click', () => open(button));
  link.after(button);
}
