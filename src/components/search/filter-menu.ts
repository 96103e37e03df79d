/* One filter of the search (topic or career stage): a button that opens a list of values to tick, each with
   how many pages it would leave. The ARIA "select-only combobox" pattern, multi-select: focus stays on the
   button and the arrow keys move the active option. https://www.w3.org/WAI/ARIA/apg/patterns/combobox/ */

let ids = 0;

const plural = (n: number) => `${n} ${n === 1 ? 'result' : 'results'}`;

export class FilterMenu {
  readonly element = document.createElement('div');
  private readonly button = document.createElement('button');
  private readonly badge = document.createElement('span');
  private readonly list = document.createElement('div');
  private options: HTMLElement[] = [];
  private selected = new Set<string>();
  private active = -1;

  /** `onChange` receives the ticked values, in the list's order, each time one is ticked or unticked. */
  constructor(
    private readonly label: string,
    private readonly onChange: (values: string[]) => void,
  ) {
    const id = `search-filter-${++ids}`;
    this.element.className = 'search-filter';
    Object.assign(this.button, { type: 'button', id: `${id}-button`, className: 'search-filter-button' });
    this.button.setAttribute('role', 'combobox');
    this.button.setAttribute('aria-haspopup', 'listbox');
    this.button.setAttribute('aria-expanded', 'false');
    this.button.setAttribute('aria-controls', `${id}-list`);
    this.badge.className = 'search-filter-badge';
    this.badge.setAttribute('aria-hidden', 'true');
    this.badge.hidden = true;
    const text = document.createElement('span');
    text.textContent = label;
    const arrow = document.createElement('span');
    arrow.className = 'search-filter-arrow';
    arrow.setAttribute('aria-hidden', 'true');
    this.button.append(text, this.badge, arrow);
    this.nameButton();

    Object.assign(this.list, { id: `${id}-list`, className: 'search-filter-list', hidden: true });
    this.list.setAttribute('role', 'listbox');
    this.list.setAttribute('aria-multiselectable', 'true');
    this.list.setAttribute('aria-labelledby', this.button.id);
    this.element.append(this.button, this.list);

    this.button.addEventListener('click', () => (this.isOpen ? this.close() : this.open()));
    this.button.addEventListener('keydown', (event) => this.onKey(event));
    this.list.addEventListener('click', (event) => {
      const option = event.target instanceof Element && event.target.closest<HTMLElement>('[role="option"]');
      if (option) this.toggle(this.options.indexOf(option));
      this.button.focus();
    });
    document.addEventListener('pointerdown', (event) => {
      if (this.isOpen && !this.element.contains(event.target as Node)) this.close(false);
    });
  }

  get isOpen(): boolean {
    return !this.list.hidden;
  }

  /** Shows the values with their counts: `available` for those not ticked, `total` for those that are. */
  update(available: Record<string, number>, total: Record<string, number>, selected: readonly string[]) {
    this.selected = new Set(selected);
    const activeValue = this.options[this.active]?.dataset['value'];
    this.options = Object.keys(total)
      .filter((value) => (available[value] ?? 0) > 0 || this.selected.has(value))
      .map((value, i) => this.option(value, (this.selected.has(value) ? total : available)[value] ?? 0, i));
    this.list.replaceChildren(...this.options);
    const keep = this.options.findIndex((o) => o.dataset['value'] === activeValue);
    this.setActive(this.isOpen ? Math.max(keep, 0) : -1);
    this.nameButton();
  }

  open() {
    if (this.isOpen) return;
    this.list.hidden = false;
    this.button.setAttribute('aria-expanded', 'true');
    this.setActive(Math.max(this.active, 0));
  }

  /** Closes the list; focus goes back to the button unless the reader is moving elsewhere. */
  close(refocus = true) {
    if (!this.isOpen) return;
    this.list.hidden = true;
    this.button.setAttribute('aria-expanded', 'false');
    this.setActive(-1);
    if (refocus) this.button.focus();
  }

  private option(value: string, count: number, i: number): HTMLElement {
    const option = document.createElement('div');
    option.id = `${this.list.id}-${i}`;
    option.className = 'search-filter-option';
    option.dataset['value'] = value;
    option.setAttribute('role', 'option');
    option.setAttribute('aria-selected', String(this.selected.has(value)));
    const box = document.createElement('span');
    box.className = 'search-filter-check';
    box.setAttribute('aria-hidden', 'true');
    const name = document.createElement('span');
    name.textContent = value;
    // The count as shown, and as spoken: an option is named by its text, which speech-input users say to pick it.
    const shown = document.createElement('span');
    shown.className = 'search-filter-count';
    shown.setAttribute('aria-hidden', 'true');
    shown.textContent = String(count);
    const spoken = document.createElement('span');
    spoken.className = 'sr-only';
    spoken.textContent = ` (${plural(count)})`;
    option.append(box, name, shown, spoken);
    return option;
  }

  private toggle(index: number) {
    const value = this.options[index]?.dataset['value'];
    if (value === undefined) return;
    if (!this.selected.delete(value)) this.selected.add(value);
    this.options[index]?.setAttribute('aria-selected', String(this.selected.has(value)));
    this.setActive(index);
    this.nameButton();
    this.onChange(this.options.map((o) => o.dataset['value'] ?? '').filter((v) => this.selected.has(v)));
  }

  private setActive(index: number) {
    this.options[this.active]?.classList.remove('is-active');
    this.active = index;
    const option = this.options[index];
    if (!option) return this.button.removeAttribute('aria-activedescendant');
    option.classList.add('is-active');
    // Scrolls the list only (scrollIntoView would scroll the dialog or the page along with it).
    const { offsetTop: top, offsetHeight: height } = option;
    const list = this.list;
    if (top < list.scrollTop) list.scrollTop = top;
    else if (top + height > list.scrollTop + list.clientHeight) list.scrollTop = top + height - list.clientHeight;
    this.button.setAttribute('aria-activedescendant', option.id);
  }

  /** A combobox is named by its label only; the count of ticked values is added to it. */
  private nameButton() {
    const n = this.selected.size;
    this.badge.textContent = String(n);
    this.badge.hidden = n === 0;
    this.button.setAttribute('aria-label', n ? `${this.label}, ${n} selected` : this.label);
  }

  private onKey(event: KeyboardEvent) {
    const last = this.options.length - 1;
    const keys: Record<string, () => void> = this.isOpen
      ? {
          ArrowDown: () => this.setActive(this.active >= last ? 0 : this.active + 1),
          ArrowUp: () => this.setActive(this.active <= 0 ? last : this.active - 1),
          Home: () => this.setActive(0),
          End: () => this.setActive(last),
          Enter: () => this.toggle(this.active),
          ' ': () => this.toggle(this.active),
          Escape: () => this.close(),
        }
      : {
          ArrowDown: () => this.open(),
          ArrowUp: () => (this.open(), this.setActive(last)),
          Enter: () => this.open(),
          ' ': () => this.open(),
        };
    if (event.key === 'Tab') return this.close(false);
    const action = keys[event.key];
    if (action) {
      event.preventDefault();
      // Escape closes this list, not the dialog around it.
      if (event.key === 'Escape') event.stopPropagation();
      return action();
    }
    // Typing a letter moves to the next value that starts with it.
    if (this.isOpen && event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      const key = event.key.toLowerCase();
      const order = [...this.options.slice(this.active + 1), ...this.options.slice(0, this.active + 1)];
      const match = order.find((o) => o.dataset['value']?.toLowerCase().startsWith(key));
      if (match) this.setActive(this.options.indexOf(match));
    }
  }
}
