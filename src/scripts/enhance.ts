// Everything interactive on a page, loaded after first view (see theme-init.js).
import './toc-spy';
import './site-search';
import './search-highlight';
import './glossary-term';
import './offline';
import './copy-link';
import './text-link';
import './share-page';

// Lets tests (and anything else) know the enhancements are live.
document.documentElement.dataset.enhanced = '';
