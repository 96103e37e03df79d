// Runs in <head> before first paint: applies the stored or system theme, then loads the
// page's enhancements once the page has loaded, or at once when the reader interacts.
// Kept tiny and dependency-free; astro.config.mjs hashes this exact text for the CSP.
(function () {
  var root = document.documentElement;
  function apply() {
    var theme = null;
    try {
      theme = localStorage.getItem('theme');
    } catch (e) {}
    if (theme !== 'light' && theme !== 'dark') {
      theme = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
    }
    root.dataset.theme = theme;
    syncButton();
  }
  function syncButton() {
    var button = document.querySelector('theme-toggle button');
    if (button) button.setAttribute('aria-pressed', String(root.dataset.theme === 'dark'));
  }
  apply();
  root.classList.add('js');
  // The header's theme button works from the first click, before the enhancements have loaded.
  document.addEventListener('click', function (event) {
    var button = event.target instanceof Element && event.target.closest('theme-toggle button');
    if (!button) return;
    var next = root.dataset.theme === 'dark' ? 'light' : 'dark';
    root.dataset.theme = next;
    try {
      localStorage.setItem('theme', next);
    } catch (e) {}
    syncButton();
  });
  document.addEventListener('DOMContentLoaded', syncButton);
  addEventListener('pageshow', function (event) {
    if (event.persisted) apply();
  });
  var loaded = false;
  function enhance() {
    if (loaded) return;
    var template = document.getElementById('enhance');
    var script = template && template.content.querySelector('script[src]');
    if (!script) return;
    loaded = true;
    import(script.src);
  }
  // A search shortcut (Ctrl/Cmd+K, "/") pressed before the enhancements have loaded is not lost: it is noted here,
  // with what the reader types after it, and search opens with that text as soon as they arrive (site-search.ts).
  function earlyShortcut(event) {
    if (root.dataset.enhanced !== undefined) return removeEventListener('keydown', earlyShortcut, true);
    var typed = root.dataset.searchWanted;
    if (typed !== undefined && !event.ctrlKey && !event.metaKey && !event.altKey) {
      if (event.key.length === 1) root.dataset.searchWanted = typed + event.key;
      else if (event.key === 'Backspace') root.dataset.searchWanted = typed.slice(0, -1);
      else return;
      return event.preventDefault();
    }
    var target = event.target;
    var typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    var modK = event.key && event.key.toLowerCase() === 'k' && (event.metaKey || event.ctrlKey) && !event.shiftKey;
    var slash = event.key === '/' && !event.metaKey && !event.ctrlKey && !typing;
    if (event.altKey || (!modK && !slash)) return;
    event.preventDefault();
    root.dataset.searchWanted = '';
  }
  addEventListener('keydown', earlyShortcut, true);
  ['pointerdown', 'keydown', 'focusin', 'touchstart'].forEach(function (type) {
    addEventListener(type, enhance, { once: true, passive: true, capture: true });
  });
  addEventListener('load', function () {
    if (window.requestIdleCallback) requestIdleCallback(enhance, { timeout: 2000 });
    else setTimeout(enhance, 200);
  });
})();
