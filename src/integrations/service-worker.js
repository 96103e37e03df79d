// The guide's service worker. src/integrations/offline.ts copies it to dist/sw.js at build time and fills in
// VERSION (a hash of every precached file) and PRECACHE (the pages, styles, scripts, fonts, icons and search index).
// A deploy that changes any of them changes this file, so the browser installs the new worker, which caches the new
// build and, once active, deletes the caches of older builds.
//
// Strategy: fingerprinted files under /_astro/ never change, so the cache answers first. Everything else, pages
// above all, goes to the network first and falls back to the cache only when the network fails or stalls, so a
// reader who is online always gets the current page and a cached copy is never served in place of a live one.

const VERSION = 'dev';
const PRECACHE = [];
const CACHE = `guide-${VERSION}`;
/** The path the site lives under ("/", or "/repo/" for a GitHub Pages project site): the worker's scope. */
const BASE = new URL(self.registration.scope).pathname;
/** How long a page may wait for the network before a cached copy is shown instead. */
const NETWORK_TIMEOUT = 4000;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const old = (await caches.keys()).filter((key) => key.startsWith('guide-') && key !== CACHE);
      await Promise.all(old.map((key) => caches.delete(key)));
      await self.registration.navigationPreload?.enable();
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(url.pathname.startsWith(`${BASE}_astro/`) ? cacheFirst(event) : networkFirst(event));
});

/** The cache key: the URL without its query, so /search/?q=… and Pagefind's cache-busting ?ts=… share one entry. */
const keyOf = (request) => {
  const url = new URL(request.url);
  return url.origin + url.pathname;
};

async function fromNetwork(event) {
  const response = (await event.preloadResponse) ?? (await fetch(event.request));
  if (response.status === 200 && response.type === 'basic') {
    const copy = response.clone();
    event.waitUntil(caches.open(CACHE).then((cache) => cache.put(keyOf(event.request), copy)));
  }
  return response;
}

async function cacheFirst(event) {
  return (await caches.match(keyOf(event.request), { ignoreSearch: true })) ?? fromNetwork(event);
}

async function networkFirst(event) {
  const network = fromNetwork(event);
  event.waitUntil(network.catch(() => undefined));
  const cached = caches.match(keyOf(event.request), { ignoreSearch: true });
  const stalled = new Promise((resolve) => setTimeout(resolve, NETWORK_TIMEOUT)).then(
    async () => (await cached) ?? network,
  );
  try {
    return await Promise.race([network, stalled]);
  } catch {
    return (await cached) ?? offline(event.request);
  }
}

/** A page that was never saved, requested without a connection. */
function offline(request) {
  if (request.mode !== 'navigate') return Response.error();
  const body = `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Offline | ML Engineer Career Guide</title><main><h1>You are offline</h1><p>This page has not been saved for offline reading yet. The articles of the guide have been: <a href="${BASE}guide/">open the contents</a>.</p></main></html>`;
  return new Response(body, { status: 503, headers: { 'content-type': 'text/html; charset=utf-8' } });
}
