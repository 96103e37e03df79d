/** On a page reached from a search result, marks the words that matched. Pagefind's highlight script
    loads only when the URL asks for it, and its own inline <style> is switched off: global.css styles it. */
// lib/search.ts's highlightParam, spelled out so every page's enhancements need not load the search helpers.
const highlightParam = 'pagefind-highlight';

if (new URLSearchParams(location.search).has(highlightParam) && document.querySelector('[data-pagefind-body]')) {
  // The site's base as trusted-types.ts reads it: lib/url.ts would be one more file on every page.
  const script = `${import.meta.env.BASE_URL}pagefind/pagefind-highlight.js`;
  void import(/* @vite-ignore */ script).then(({ default: PagefindHighlight }) => {
    new PagefindHighlight({
      highlightParam,
      addStyles: false,
      markOptions: {
        className: 'pagefind-highlight',
        exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'],
        // Whole words only: "RAG" must not light up inside "storage".
        accuracy: { value: 'exactly', limiters: [...',.;:!?()[]{}"\'“”‘’/–—-'] },
      },
    });
  });
}
