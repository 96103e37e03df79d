// Everything interactive on a page, loaded after first view (see theme-init.js).
// The Trusted Types policies come first: search, loaded from here, hands a script URL to the browser.
import './trusted-types';
import './enhancement-styles';
// Each feature's script lives beside the component that renders it; this file only gathers them.
import '../components/toc/toc-spy';
import '../components/changes/new-since';
import '../components/search/site-search';
import '../components/search/highlight';
import '../components/mdx/glossary-term';
import '../components/share/copy-link';
import '../components/report/section-menu';
import '../components/share/text-link';
import '../components/share/share-page';
import '../components/share/copy-markdown';
import './offline';

// Lets tests (and anything else) know the enhancements are live.
document.documentElement.dataset.enhanced = '';
