/* The results of one search. Each page has a placeholder, filled with its result once it is in view or near it:
   Pagefind fetches a page's data (about 6 KB) only when asked, so a search costs the few pages a reader sees.
   Results show in order, each once those above it have loaded, so one that arrives early is never pushed down
   by one above it (a layout shift); the placeholders keep their place, unseen. */
import type { ResultData, SearchResult } from './pagefind-types';
import { renderResult } from './result-template';

export class ResultList {
  readonly element = document.createElement('ul');
  private observer: IntersectionObserver | undefined;
  private generation = 0;
  private loadUpTo: (index: number) => void = () => {};
  private focusWhenShown = -1;

  /** `scroller` is the element the results scroll in (null for the page). */
  constructor(private readonly scroller: Element | null) {
    this.element.className = 'search-results';
  }

  /** Replaces the results with `results` for the query `term`, loading those in view. */
  show(results: readonly SearchResult[], term: string) {
    this.observer?.disconnect();
    const generation = ++this.generation;
    this.focusWhenShown = -1;
    const placeholders = results.map(() => {
      const item = document.createElement('li');
      item.className = 'search-placeholder';
      item.setAttribute('aria-hidden', 'true');
      return item;
    });
    this.element.replaceChildren(...placeholders);

    const data: (ResultData | undefined)[] = [];
    const asked: boolean[] = [];
    let shown = 0;
    const reveal = () => {
      for (let page = data[shown]; page; page = data[shown]) {
        const item = renderResult(page, term);
        placeholders[shown]?.replaceWith(item);
        if (shown === this.focusWhenShown) item.querySelector('a')?.focus();
        shown += 1;
      }
    };
    const load = (index: number) => {
      if (asked[index]) return;
      asked[index] = true;
      results[index]
        ?.data()
        .then((page) => {
          if (generation !== this.generation) return; // a newer search replaced these results
          data[index] = page;
          reveal();
        })
        .catch(() => (asked[index] = false));
    };
    // A result shows only after those above it, so reaching one loads them all.
    const loadUpTo = (index: number) => {
      for (let i = 0; i <= Math.min(index, results.length - 1); i++) load(i);
    };
    this.loadUpTo = loadUpTo;
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          observer.unobserve(entry.target);
          loadUpTo(placeholders.indexOf(entry.target as HTMLLIElement));
        }
      },
      { root: this.scroller, rootMargin: '50px' },
    );
    for (const item of placeholders) observer.observe(item);
    this.observer = observer;
  }

  clear() {
    this.show([], '');
  }

  /** The result links, in reading order. */
  links(): HTMLAnchorElement[] {
    return [...this.element.querySelectorAll('a')];
  }

  /** Loads the first result not yet shown and focuses its first link once it shows; false when none is left. */
  focusNext(): boolean {
    const next = [...this.element.children].findIndex((item) => item.classList.contains('search-placeholder'));
    if (next < 0) return false;
    this.focusWhenShown = next;
    this.loadUpTo(next);
    return true;
  }
}
