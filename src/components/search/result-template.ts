/* How one search result looks: the page, then its best-matching sections, each linking straight to its
   heading with the matched words highlighted on arrival. Built with DOM calls only, never from HTML strings,
   so neither the query nor the page's text is ever parsed as markup (and Trusted Types have nothing to block). */
import {
  excerptParts,
  matchedWords,
  rankSections,
  withHighlight,
  withoutTitle,
  type ExcerptPart,
} from '../../lib/search';
import type { ResultData } from './pagefind-types';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  return el;
}

/** An excerpt's text, with the matched words in <mark>. */
function excerpt(parts: readonly ExcerptPart[]): HTMLParagraphElement {
  const p = element('p', 'search-excerpt');
  for (const { text, marked } of parts) {
    if (!marked) {
      p.append(text);
      continue;
    }
    const mark = document.createElement('mark');
    mark.textContent = text;
    p.append(mark);
  }
  return p;
}

/** One result, for the query `term`, as a list item. */
export function renderResult(data: ResultData, term: string): HTMLLIElement {
  const words = matchedWords(data.content, data.locations, term);
  const item = element('li', 'search-result');

  const header = element('p', 'search-page');
  const page = element('a', 'search-page-link');
  page.href = withHighlight(data.meta['url'] ?? data.url, words);
  page.textContent = data.meta['title'] ?? data.url;
  header.append(page);
  const topic = data.filters['topic']?.[0];
  if (topic) {
    const label = element('span', 'search-topic');
    label.textContent = topic;
    header.append(' ', label);
  }
  item.append(header);

  const sections = rankSections(data.sub_results);
  if (sections.length === 0) {
    item.append(excerpt(excerptParts(data.excerpt)));
    return item;
  }
  const list = element('ul', 'search-sections');
  for (const section of sections) {
    const entry = element('li', 'search-section');
    const link = element('a', 'search-section-link');
    link.href = withHighlight(section.url, words);
    link.textContent = section.title;
    entry.append(link, excerpt(withoutTitle(excerptParts(section.excerpt), section.title)));
    list.append(entry);
  }
  item.append(list);
  return item;
}
