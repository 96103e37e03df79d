const loaded = new Map<string, Promise<void>>();

/** Adds the stylesheet at `href` (an import with ?url) to the page, once; resolves when it applies, or failed. For
    the styles of what only the enhancements add: kept out of the one stylesheet of the first view. */
export function loadStylesheet(href: string): Promise<void> {
  let done = loaded.get(href);
  if (!done) {
    done = new Promise((resolve) => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      link.onload = link.onerror = () => resolve();
      document.head.append(link);
    });
    loaded.set(href, done);
  }
  return done;
}
