/* "New since your last visit" (NewSince.astro). Each page view records the visit in localStorage (src/lib/visits.ts:
   two timestamps, never sent anywhere); entries dated on or after the previous visit get a "New" mark, and a note
   above the list says since when, with a button that forgets the visits. Damaged storage counts as a first visit. */
import { humanDate } from '../../lib/format';
import { isNewSince, readVisits, recordVisit, visitsKey } from '../../lib/visits';
import { announce, liveRegion } from '../../scripts/announce';
import { loadStylesheet } from '../../scripts/stylesheet';
// As a URL, not an import: an imported stylesheet would join every page's first view.
import styles from './new-since.css?url';

/** localStorage, or null where the browser refuses it (some private modes, blocked storage). */
function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The previous visit, read once per page view as this view is recorded; null on a first visit. */
let previous = ((): number | null => {
  const store = storage();
  if (!store) return null;
  try {
    const now = Date.now();
    const visits = recordVisit(readVisits(store.getItem(visitsKey), now), now);
    store.setItem(visitsKey, JSON.stringify(visits));
    return visits.previous;
  } catch {
    return null;
  }
})();

function newMark(): HTMLElement {
  const mark = document.createElement('strong');
  mark.className = 'new-mark';
  mark.append('New');
  const rest = document.createElement('span');
  rest.className = 'sr-only';
  rest.textContent = ' since your last visit';
  mark.append(rest);
  return mark;
}

/** Forgets the visits: nothing stays stored, and the marks and notes leave every list on the page. */
function forget() {
  try {
    storage()?.removeItem(visitsKey);
  } catch {
    // Nothing was stored that could be removed.
  }
  previous = null;
  document.querySelectorAll('.new-mark, .new-since-note').forEach((el) => el.remove());
  announce('Your visits are forgotten: nothing is marked until you come back');
}

class NewSince extends HTMLElement {
  async connectedCallback() {
    if (previous === null || this.querySelector('.new-since-note')) return;
    await loadStylesheet(styles);
    if (previous === null || this.querySelector('.new-since-note')) return;
    let marked = 0;
    for (const date of this.querySelectorAll<HTMLTimeElement>('time[data-changed]')) {
      if (!isNewSince(date.dateTime, previous)) continue;
      date.after(' ', newMark());
      marked++;
    }
    liveRegion();
    const note = document.createElement('p');
    note.className = 'new-since-note';
    const when = humanDate(new Date(previous));
    note.textContent = marked
      ? `Marked New: changed since your last visit, ${when}. `
      : `Nothing here has changed since your last visit, ${when}. `;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Forget my visits';
    button.addEventListener('click', forget);
    note.append(button);
    this.prepend(note);
  }
}

if (!customElements.get('new-since')) customElements.define('new-since', NewSince);
