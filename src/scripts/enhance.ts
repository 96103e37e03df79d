// Everything interactive on a page, loaded after first view (see theme-init.js).
import './theme-toggle';
import './toc-spy';
import './site-search';
import './search-highlight';
