// Requests enhancements.css, the styles of what only the enhancements add, before any feature that shows what it
// styles has run (enhance.ts imports this first).
import { loadStylesheet } from './stylesheet';
// As a URL, not an import: an imported stylesheet would join every page's first view.
import href from './enhancements.css?url';

void loadStylesheet(href);
