/**
 * /stages/compare/: shows the pair of stages the URL names (?from=junior&to=senior), keeps the two selects
 * in step with it, and writes a new choice into the URL so it can be shared and the back button works.
 * The page renders one pair; this refills its data-slot elements from the stage data, using the same
 * diffStages() the build used.
 */
import { diffStages, pairFromUrl, type LadderPoint, type LadderStage } from '../lib/ladder';

interface StageData extends LadderStage {
  title: string;
  years: string;
  trustedWith: string;
  question: string;
}

class StageCompare extends HTMLElement {
  #stages: StageData[] = [];

  connectedCallback() {
    const form = this.querySelector('form');
    const status = this.querySelector<HTMLElement>('[data-compare-status]');
    const from = form?.elements.namedItem('from');
    const to = form?.elements.namedItem('to');
    if (!form || !status || !(from instanceof HTMLSelectElement) || !(to instanceof HTMLSelectElement)) return;
    this.#stages = JSON.parse(this.querySelector('[data-ladder]')?.textContent ?? '[]') as StageData[];
    const ids = this.#stages.map((s) => s.id);
    const fallback = { from: this.dataset.defaultFrom ?? '', to: this.dataset.defaultTo ?? '' };

    const show = () => {
      const pair = pairFromUrl(new URL(location.href), ids) ?? fallback;
      from.value = pair.from;
      to.value = pair.to;
      const title = this.#fill(pair.from, pair.to);
      status.textContent = `Showing ${title.toLowerCase()}.`;
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
    show();
  }

  /** Writes one pair into the page's comparison markup; returns its title. */
  #fill(fromId: string, toId: string): string {
    const byId = (id: string) => this.#stages.find((s) => s.id === id)!;
    const [a, b] = [byId(fromId), byId(toId)];
    const root = this.querySelector<HTMLElement>('[data-pair]')!;
    const set = (scope: ParentNode, slot: string, text: string) => {
      for (const el of scope.querySelectorAll(`[data-slot="${slot}"]`)) el.textContent = text;
    };
    const title = `${a.label} compared with ${b.label.toLowerCase()}`;
    set(root, 'title', title);
    for (const [key, stage] of [
      ['from', a],
      ['to', b],
    ] as const) {
      const card = root.querySelector(`[data-card="${key}"]`)!;
      const link = card.querySelector('a')!;
      link.href = `/stages/${stage.id}/`;
      link.textContent = stage.title;
      set(card, 'facts', `${stage.years}, trusted with ${stage.trustedWith.toLowerCase()}`);
      set(card, 'question', stage.question);
    }
    for (const change of diffStages(this.#stages, fromId, toId)) {
      const section = root.querySelector(`[data-dimension="${change.dimension}"]`)!;
      set(section, 'from-label', a.label);
      set(section, 'to-label', b.label);
      set(section, 'from-name', a.label.toLowerCase());
      set(section, 'to-name', b.label.toLowerCase());
      set(section, 'from-summary', change.from ?? '');
      set(section, 'to-summary', change.to);
      set(section, 'kept-count', String(change.kept.length));
      this.#list(section, 'removed', change.removed);
      this.#list(section, 'added', change.added);
      this.#list(section, 'plain', change.kept);
      section.querySelector<HTMLElement>('[data-block="removed"]')!.hidden = change.removed.length === 0;
      section.querySelector<HTMLElement>('[data-block="none-added"]')!.hidden = change.added.length > 0;
      section.querySelector<HTMLElement>('[data-block="kept"]')!.hidden = change.kept.length === 0;
    }
    return title;
  }

  /** Replaces a point list's items with clones of the page's item template for that tone. */
  #list(section: Element, tone: 'added' | 'removed' | 'plain', points: LadderPoint[]) {
    const list = section.querySelector(`[data-points="${tone}"]`)!;
    const template = this.querySelector<HTMLTemplateElement>(`[data-point-template="${tone}"]`)!;
    list.replaceChildren(
      ...points.map((point) => {
        const item = template.content.querySelector('li')!.cloneNode(true) as HTMLElement;
        item.lastElementChild!.textContent = point.text;
        return item;
      }),
    );
  }
}

if (!customElements.get('stage-compare')) customElements.define('stage-compare', StageCompare);
