/* Pagefind's search engine (its JavaScript API), loaded once from the index bundle when a reader reaches for
   search, and set up for this site: ranking and excerpt length. */
import { searchRanking } from '../../lib/search';
import { url } from '../../lib/url';
// Pagefind's worker URL passes Trusted Types only through the site's default policy, which must exist first.
import '../../scripts/trusted-types';
import type { Pagefind, PagefindModule } from './pagefind-types';

const bundle = url('/pagefind/');
let engine: Promise<Pagefind> | undefined;

/**
 * Starts downloading the engine's WebAssembly alongside its script. Pagefind asks for it only once its script
 * and two small index files have arrived; a preloaded response is handed to that later request, so the largest
 * file no longer waits at the end of a chain. The index is English only (forceLanguage in the search index
 * integration), hence the file name.
 */
function preloadWasm() {
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous'; // as fetch() asks, or the preload is not reused
  link.href = `${bundle}wasm.en.pagefind`;
  document.head.append(link);
}

/**
 * The engine, loading on the first call; it rejects when its script cannot load, and a later call tries again.
 * `inWorker` runs it in Pagefind's web worker (11 KB more), which keeps the decompressing and searching off the
 * main thread: worth it where the search runs while the page loads (a shared search link), not in the dialog,
 * whose engine loads as the reader reaches for it and whose searches take a few milliseconds. The worker is
 * Pagefind's `new Worker(url)`, a Trusted Types sink that the default policy (scripts/trusted-types.ts, imported
 * above) allows for exactly that URL; without the policy Pagefind would fall back to the main thread.
 */
export function loadEngine(inWorker = false): Promise<Pagefind> {
  engine ??= (async () => {
    // A worker fetches for itself, so a preload made by the page would only be fetched twice.
    if (!inWorker) preloadWasm();
    const script = `${bundle}pagefind.js`;
    const { createInstance }: PagefindModule = await import(/* @vite-ignore */ script);
    // The index records pages from the site's root ("/guide/skills/"); baseUrl puts them under the site's base.
    const options = {
      basePath: bundle,
      baseUrl: url('/'),
      noWorker: !inWorker,
      excerptLength: 24,
      ranking: searchRanking,
    };
    const pagefind = createInstance(options);
    await pagefind.init();
    return pagefind;
  })();
  engine.catch(() => (engine = undefined));
  return engine;
}
