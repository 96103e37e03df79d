// Requests enhancements.css, the styles of what only the enhancements add, before any of them runs (enhance.ts
// imports this first: some features wait on their own stylesheet at the top level, and would hold it back).
import { loadStylesheet } from './stylesheet';
// As a URL, not an import: an imported stylesheet would join every page's first view.
import href from './enhancements.css?url';

void loadStylesheet(href);
