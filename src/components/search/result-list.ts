/* The results of one search. Each page has a placeholder, filled with its result once it is within a screen of view:
   Pagefind fetches a page's data (6 to 10 KB) only when asked, so a search costs the few pages a reader sees, and
   while the reader is still typing, only the best one. Results show in order, each once those above it have
   loaded, so one that arrives early is never pushed down by one above it (a layout shift); the placeholders keep
   their place, unseen. */
import type { ResultData, SearchResult } from './pagefind-types';
import { renderResult } from './result-template';

export class ResultList {
  readonly element = document.createElement('ul');
  private observer: IntersectionObserver | undefined;
  private generation = 0;
  private load: (index: number) => void = () => {};
  /** The last result the view asked for (a placeholder came near), and the last one allowed to load yet. */
  private wanted = -1;
  private allowed = Infinity;
  private focusWhenShown = -1;

  /** `scroller` is the element the results scroll in (null for the page). */
  constructor(private readonly scroller: Element | null) {
    this.element.className = 'search-results';
  }

  /** Replaces the results with `results` for the query `term`. While `typing`, only the first one loads until
      `fill()` is called; otherwise every one in view loads. */
  show(results: readonly SearchResult[], term: string, typing = false) {
    this.observer?.disconnect();
    const generation = ++this.generation;
    this.wanted = -1;
    this.allowed = typing ? 0 : Infinity;
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
    // A result shows only after those above it, so loading one loads them all.
    this.load = (index: number) => {
      for (let i = 0; i <= Math.min(index, results.length - 1); i++) {
        if (asked[i]) continue;
        asked[i] = true;
        results[i]
          ?.data()
          .then((page) => {
            if (generation !== this.generation) return; // a newer search replaced these results
            data[i] = page;
            reveal();
          })
          .catch(() => (asked[i] = false));
      }
    };
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          observer.unobserve(entry.target);
          this.wanted = Math.max(this.wanted, placeholders.indexOf(entry.target as HTMLLIElement));
        }
        this.load(Math.min(this.wanted, this.allowed));
      },
      // A screen ahead: a result is in place before it scrolls into view, so a reader never sees one fill in and move
      // what is below it (the footer, at the end of the list).
      { root: this.scroller, rootMargin: '100% 0px' },
    );
    for (const item of placeholders) observer.observe(item);
    this.observer = observer;
  }

  /** Lets every result in view load (the reader has paused). */
  fill() {
    this.allowed = Infinity;
    this.load(this.wanted);
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
    this.load(next);
    return true;
  }
}
