/** Shows a glossary term's short definition in its popover on hover and on keyboard focus (Term.astro), and makes
    it the link's accessible description. The popover can be hovered without closing and is dismissed with Escape
    (WCAG 1.4.13). */
import { url } from '../../lib/url';

const showDelay = 150;
const hideDelay = 250;
const gap = 6;

let openTerm: GlossaryTerm | undefined;
let definitions: Promise<Record<string, string>> | undefined;
let tips = 0;

/** Every term's short definition, fetched once per page (and cached by the service worker). */
const loadDefinitions = () =>
  (definitions ??= fetch(url('/glossary/terms.json')).then((r) => (r.ok ? r.json() : Promise.reject(r.status))));

class GlossaryTerm extends HTMLElement {
  #link?: HTMLAnchorElement | null;
  #tip?: HTMLElement | null;
  #timer?: number;

  async connectedCallback() {
    this.#link = this.querySelector('a');
    const short = await loadDefinitions()
      .then((all) => all[this.dataset['term'] ?? ''])
      .catch(() => undefined);
    // Without its definition (a failed request) the term stays a plain link to the glossary.
    if (!this.#link || !short || !this.isConnected) return;
    const tip = document.createElement('span');
    tip.id = `term-tip-${++tips}`;
    tip.setAttribute('popover', 'manual');
    tip.setAttribute('role', 'tooltip');
    tip.className = 'term-tip';
    tip.textContent = short;
    this.append(tip);
    this.#tip = tip;
    this.#link.setAttribute('aria-describedby', tip.id);
    // Browsers without the Popover API keep the plain link, with the definition as its description.
    if (!('showPopover' in tip)) return;
    const later = (fn: () => void, ms: number) => {
      clearTimeout(this.#timer);
      this.#timer = window.setTimeout(fn, ms);
    };
    const enter = () => later(() => this.show(), showDelay);
    const leave = () => {
      if (this.#link !== document.activeElement) later(() => this.hide(), hideDelay);
    };
    this.#link.addEventListener('mouseenter', enter);
    this.#link.addEventListener('mouseleave', leave);
    this.#tip.addEventListener('mouseenter', () => clearTimeout(this.#timer));
    this.#tip.addEventListener('mouseleave', leave);
    this.#link.addEventListener('focus', () => this.show());
    this.#link.addEventListener('blur', () => this.hide());
    // This script loads after first view, often on the very focus or hover that should open the popover.
    if (document.activeElement === this.#link) this.show();
    else if (this.#link.matches(':hover')) enter();
  }

  disconnectedCallback() {
    clearTimeout(this.#timer);
    if (openTerm === this) this.hide();
  }

  show() {
    const link = this.#link;
    const tip = this.#tip;
    if (!link || !tip) return;
    clearTimeout(this.#timer);
    if (openTerm && openTerm !== this) openTerm.hide();
    openTerm = this;
    if (!tip.matches(':popover-open')) tip.showPopover();
    // Below the term's first line, or above it when there is no room; always inside the viewport.
    const anchor = link.getClientRects()[0] ?? link.getBoundingClientRect();
    const { width, height } = tip.getBoundingClientRect();
    const below = anchor.bottom + gap + height <= window.innerHeight || anchor.top < height + gap;
    const top = below ? anchor.bottom + gap : anchor.top - gap - height;
    const left = Math.min(Math.max(anchor.left, gap), document.documentElement.clientWidth - width - gap);
    tip.style.top = `${top + window.scrollY}px`;
    tip.style.left = `${Math.max(left, gap) + window.scrollX}px`;
  }

  hide() {
    clearTimeout(this.#timer);
    if (this.#tip?.matches(':popover-open')) this.#tip.hidePopover();
    if (openTerm === this) openTerm = undefined;
  }
}

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && openTerm) openTerm.hide();
});

if (!customElements.get('glossary-term')) customElements.define('glossary-term', GlossaryTerm);
