/* The link for a selected passage: the page's URL, the nearest section id (where browsers without text
   fragments land), and a text directive checked against the page's own text. Loaded on demand by text-link.ts. */
import { formatTextDirective, textDirectiveFor } from '../../lib/text-fragment';
import { pageText } from './page-text';
import { pageUrl } from './page-url';

/** The id of the last h2/h3 at or before the start of `range` inside its `containers` ancestor. */
function sectionId(range: Range, containers: string): string {
  const root = (range.startContainer.parentElement ?? document.body).closest(containers) ?? document.body;
  let id = '';
  for (const heading of root.querySelectorAll<HTMLElement>('h2[id], h3[id]')) {
    // FOLLOWING covers a selection that starts inside the heading too.
    if (!(heading.compareDocumentPosition(range.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING)) break;
    id = heading.id;
  }
  return id;
}

/** The URL to share for `range`; `exact` is false when only the section could be linked. */
export function textLink(range: Range, containers: string): { url: string; exact: boolean } {
  const model = pageText();
  const span = model.spanOf(range);
  const found = span && textDirectiveFor(model.text, span);
  const section = sectionId(range, containers);
  return {
    url: pageUrl(found ? `${section}${formatTextDirective(found.directive)}` : section),
    exact: Boolean(found),
  };
}
