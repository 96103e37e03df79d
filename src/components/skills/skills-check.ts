/**
 * /skills/check/: the reader's marks, kept in localStorage, shown in a summary, shared as a link
 * (#v1:…, read-only until adopted), exported to and imported from a JSON file, and reset after a confirmation.
 * Every bad input (corrupt storage, a damaged link, a foreign file) ends in a visible message, never a blank page.
 */
import {
  decodeShare,
  encodeShare,
  isShareHash,
  markLabels,
  parseSaved,
  readStored,
  serialize,
  storageKey,
  summarize,
  type Mark,
  type Marks,
} from '../../lib/skills-state';
import { url } from '../../lib/url';

interface ConfirmText {
  title: string;
  text: string;
  ok: string;
  cancel: string;
}

class SkillsCheck extends HTMLElement {
  #fieldsets: HTMLFieldSetElement[] = [];
  #known: string[] = [];
  #groups: { id: string; skills: string[] }[] = [];
  #own: Marks = {};
  /** The marks from a share link while the page shows one; undefined on the reader's own self-check. */
  #shared: Marks | undefined;
  #canSave = true;

  connectedCallback() {
    this.#fieldsets = [...this.querySelectorAll<HTMLFieldSetElement>('fieldset[data-skill]')];
    this.#known = this.#fieldsets.map((f) => f.dataset.skill ?? '');
    this.#groups = [...this.querySelectorAll<HTMLElement>('[data-group]')].map((g) => ({
      id: g.dataset.group ?? '',
      skills: [...g.querySelectorAll<HTMLElement>('fieldset[data-skill]')].map((f) => f.dataset.skill ?? ''),
    }));
    this.#load();

    this.addEventListener('change', (event) => {
      const input = event.target;
      if (!(input instanceof HTMLInputElement)) return;
      if (input.type === 'file') return void this.#import(input);
      const id = input.closest<HTMLElement>('fieldset[data-skill]')?.dataset.skill;
      if (!id || this.#shared) return;
      this.#own[id] = input.value as Mark;
      this.#save();
      this.#render();
    });
    this.addEventListener('click', (event) => {
      const action = (event.target as Element).closest<HTMLElement>('[data-action]')?.dataset.action;
      if (action === 'share') this.#share();
      if (action === 'export') this.#export();
      if (action === 'import') this.querySelector<HTMLInputElement>('[data-import-file]')?.click();
      if (action === 'reset') void this.#reset();
      if (action === 'adopt') void this.#adopt();
      if (action === 'own') this.#leaveShared('Showing your own self-check.');
    });
    addEventListener('hashchange', () => this.#route());
    // Another tab changed the marks: follow it, unless this tab is showing a shared link.
    addEventListener('storage', (event) => {
      if (event.key !== storageKey) return;
      this.#own = readStored(event.newValue, this.#known).marks;
      this.#render();
    });
    this.#route();
  }

  /** Reads the reader's own marks; a corrupt value means starting fresh, and saying so. */
  #load() {
    let raw: string | null = null;
    try {
      raw = localStorage.getItem(storageKey);
    } catch {
      this.#canSave = false;
      this.#say('This browser does not let the page store anything, so your marks last only until you leave.');
    }
    const stored = readStored(raw, this.#known);
    this.#own = stored.marks;
    if (stored.status === 'corrupt') {
      this.#say('Your saved self-check could not be read, so it starts fresh. Marking a skill saves a new one.');
    }
  }

  #save() {
    if (!this.#canSave) return;
    try {
      if (Object.keys(this.#own).length) localStorage.setItem(storageKey, serialize(this.#own));
      else localStorage.removeItem(storageKey);
    } catch {
      this.#canSave = false;
      this.#say('This browser did not let the page save, so your marks last only until you leave.');
    }
  }

  /** Shows a shared self-check when the URL carries one, the reader's own otherwise. */
  #route() {
    if (!isShareHash(location.hash)) {
      this.#shared = undefined;
    } else {
      const parsed = decodeShare(location.hash, this.#known);
      this.#shared = parsed.ok ? parsed.marks : undefined;
      if (!parsed.ok)
        this.#say(`This shared link could not be read (${parsed.reason}), so you see your own self-check.`);
      else if (parsed.ignored) this.#say(this.#skipped(parsed.ignored, 'the link'));
    }
    this.#render();
  }

  #render() {
    const shown = this.#shared ?? this.#own;
    const readOnly = this.#shared !== undefined;
    for (const fieldset of this.#fieldsets) {
      fieldset.disabled = readOnly;
      for (const radio of fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
        radio.checked = shown[fieldset.dataset.skill ?? ''] === radio.value;
      }
    }
    this.querySelector<HTMLElement>('[data-shared-banner]')!.hidden = !readOnly;
    this.querySelector<HTMLElement>('[data-own-only]')!.hidden = readOnly;
    this.#renderSummary(shown, readOnly);
  }

  #renderSummary(shown: Marks, readOnly: boolean) {
    const marked = Object.keys(shown).length;
    const whose = readOnly ? 'This shared self-check marks' : 'You have marked';
    this.querySelector('[data-overall]')!.textContent = `${whose} ${marked} of ${this.#known.length} skills.`;
    const template = this.querySelector<HTMLTemplateElement>('[data-gap-template]')!;
    for (const group of summarize(this.#groups, shown)) {
      const box = this.querySelector(`[data-group-summary="${group.id}"]`)!;
      const { counts, total } = group;
      box.querySelector('[data-counts]')!.textContent =
        `${counts.confident} confident, ${counts.learning} learning, ${counts['not-yet']} not yet, ` +
        `${counts.unmarked} not marked, of ${total}.`;
      for (const mark of ['confident', 'learning'] as const) {
        box.querySelector<HTMLElement>(`[data-bar="${mark}"]`)!.style.width = `${(counts[mark] / total) * 100}%`;
      }
      box.querySelector('[data-next-intro]')!.textContent = group.gaps.length
        ? 'Read next in the skills guide:'
        : counts.unmarked === total
          ? 'Mark these skills to see what to read next.'
          : 'No gaps marked in this group.';
      box.querySelector('[data-next]')!.replaceChildren(
        ...group.gaps.map(({ id, mark }) => {
          const item = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
          const fieldset = this.#fieldsets.find((f) => f.dataset.skill === id)!;
          const link = item.querySelector<HTMLAnchorElement>('[data-slot="link"]')!;
          link.href = fieldset.dataset.see ?? url('/guide/skills/');
          link.textContent = fieldset.dataset.name ?? id;
          item.querySelector('[data-slot="mark"]')!.textContent = `(${markLabels[mark].toLowerCase()})`;
          return item;
        }),
      );
    }
  }

  #share() {
    const url = `${location.origin}${location.pathname}#${encodeShare(this.#own, this.#known)}`;
    const box = this.querySelector<HTMLElement>('[data-share-box]')!;
    const field = box.querySelector<HTMLInputElement>('[data-share-url]')!;
    box.hidden = false;
    field.value = url;
    field.focus();
    field.select();
    const privacy = 'Whoever opens it sees your marks, read-only; they are in the link itself, not on a server.';
    navigator.clipboard?.writeText(url).then(
      () => this.#say(`Link copied. ${privacy}`),
      () => this.#say(`Copy the link below. ${privacy}`),
    ) ?? this.#say(`Copy the link below. ${privacy}`);
  }

  #export() {
    const name = `skills-self-check-${new Date().toISOString().slice(0, 10)}.json`;
    const url = URL.createObjectURL(new Blob([serialize(this.#own, new Date())], { type: 'application/json' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: name });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    this.#say(`Saved ${name}. Import it here, in any browser, to pick up where you left off.`);
  }

  async #import(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const parsed =
      file.size > 100_000
        ? { ok: false as const, reason: 'it is too large' }
        : parseSaved(await file.text(), this.#known);
    if (!parsed.ok) {
      this.#say(`${file.name} could not be imported because ${parsed.reason}. Your marks are unchanged.`);
      return;
    }
    this.#own = parsed.marks;
    this.#save();
    this.#render();
    const count = Object.keys(parsed.marks).length;
    const skipped = parsed.ignored ? ` ${this.#skipped(parsed.ignored, 'the file')}` : '';
    this.#say(`Imported ${count} ${count === 1 ? 'mark' : 'marks'} from ${file.name}.${skipped}`);
  }

  async #reset() {
    const ok = await this.#confirm({
      title: 'Clear all your marks?',
      text: 'This removes every mark from this browser and cannot be undone. Export a file first to keep a copy.',
      ok: 'Clear all marks',
      cancel: 'Keep my marks',
    });
    if (!ok) return;
    this.#own = {};
    this.#save();
    this.#render();
    this.#say('All marks cleared.');
  }

  async #adopt() {
    const shared = this.#shared;
    if (!shared) return;
    const own = Object.keys(this.#own).length;
    if (own > 0) {
      const ok = await this.#confirm({
        title: 'Replace your own marks?',
        text: `You have ${own} ${own === 1 ? 'skill' : 'skills'} marked in this browser. The shared marks will replace them.`,
        ok: 'Replace my marks',
        cancel: 'Keep my marks',
      });
      if (!ok) return;
    }
    this.#own = { ...shared };
    this.#save();
    this.#leaveShared('The shared self-check is now yours, saved in this browser.');
  }

  /** Back to the reader's own self-check: drops the share fragment without adding a history entry. */
  #leaveShared(message: string) {
    history.replaceState(null, '', `${location.pathname}${location.search}`);
    this.#shared = undefined;
    this.#render();
    this.#say(message);
    this.querySelector<HTMLElement>('[data-notice]')?.focus();
  }

  /** Asks in a modal <dialog>; resolves true only for the confirming button. */
  #confirm(copy: ConfirmText): Promise<boolean> {
    const dialog = this.querySelector<HTMLDialogElement>('[data-confirm]')!;
    dialog.querySelector('[data-confirm-title]')!.textContent = copy.title;
    dialog.querySelector('[data-confirm-text]')!.textContent = copy.text;
    dialog.querySelector('[data-confirm-ok]')!.textContent = copy.ok;
    dialog.querySelector('[data-confirm-cancel]')!.textContent = copy.cancel;
    dialog.returnValue = '';
    dialog.showModal();
    return new Promise((resolve) =>
      dialog.addEventListener('close', () => resolve(dialog.returnValue === 'confirm'), { once: true }),
    );
  }

  #skipped(count: number, from: string): string {
    const entries = count === 1 ? '1 entry' : `${count} entries`;
    return `${entries} in ${from} did not match a skill on this page and ${count === 1 ? 'was' : 'were'} skipped.`;
  }

  #say(message: string) {
    this.querySelector('[data-notice]')!.textContent = message;
  }
}

if (!customElements.get('skills-check')) customElements.define('skills-check', SkillsCheck);
