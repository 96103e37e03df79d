/* The menu beside each article heading's "#" link (section-menu.ts), built the first time a reader opens it: "Copy
   link to this section" (the "#" link's own action) and "Report a problem with this section", a link that opens a
   prefilled issue on the project's repository with the section's URL and title (src/lib/report.ts). One menu serves
   every heading; it is a popover, so Escape and a click outside close it. The page sends nothing itself. */
import { issueUrl } from '../../lib/report';
import { pageUrl } from '../share/page-url';

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

/** Opens the menu under `button`, for its heading, or closes it when it is open there; `repo` is the project's. */
export function open(button: HTMLButtonElement, repo: string) {
  const heading = button.closest('h2, h3');
  if (!heading) return;
  menu ??= build();
  if (opener === button && menu.matches(':popover-open')) return menu.hidePopover();
  if (menu.matches(':popover-open')) menu.hidePopover();
  opener = button;
  const title = heading.getAttribute('data-pagefind-title') ?? heading.textContent?.trim() ?? '';
  const report = menu.querySelector('a');
  if (report) {
    report.href = issueUrl(repo, { url: pageUrl(), section: { id: heading.id, title } });
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
