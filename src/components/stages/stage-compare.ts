/**
 * /stages/compare/: every pair of stages is already on the page, rendered at build time; this element only
 * chooses which one shows. It reads the pair from the URL (?from=junior&to=senior, else a #junior-vs-senior
 * fragment, else the default), keeps the two selects in step with it, and writes a new choice into the URL so it
 * can be shared and the back button works. Without JavaScript, CSS shows the pair the fragment names.
 */
import { pairFromUrl, pairId } from '../../lib/ladder';

class StageCompare extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form');
    const status = this.querySelector<HTMLElement>('[data-compare-status]');
    const from = form?.elements.namedItem('from');
    const to = form?.elements.namedItem('to');
    if (!form || !status || !(from instanceof HTMLSelectElement) || !(to instanceof HTMLSelectElement)) return;
    const pairs = [...this.querySelectorAll<HTMLElement>('[data-pair]')];
    const ids = [...from.options].map((o) => o.value);
    const fallback = pairs.find((p) => p.hasAttribute('data-default'));

    const show = () => {
      const url = new URL(location.href);
      const asked = pairFromUrl(url, ids);
      const shown =
        pairs.find((p) => asked && p.dataset.pair === pairId(asked.from, asked.to)) ??
        pairs.find((p) => `#${p.dataset.pair}` === url.hash) ??
        fallback;
      if (!shown) return;
      for (const p of pairs) p.hidden = p !== shown;
      from.value = shown.dataset.from ?? '';
      to.value = shown.dataset.to ?? '';
      status.textContent = `Showing ${shown.querySelector('h2')?.textContent?.trim().toLowerCase()}.`;
    };

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (from.value === to.value) {
        status.textContent = 'Choose two different stages to compare.';
        return;
      }
      history.pushState(null, '', `${location.pathname}?from=${from.value}&to=${to.value}`);
      show();
    });
    addEventListener('popstate', show);
    this.dataset.ready = '';
    show();
  }
}

if (!customElements.get('stage-compare')) customElements.define('stage-compare', StageCompare);
