/* Pagefind's search engine (its JavaScript API), loaded once from the index bundle when a reader reaches for
   search, and set up for this site: ranking, excerpt length, and the main thread rather than a worker. */
import { searchRanking } from '../../lib/search';
import type { Pagefind, PagefindModule } from './pagefind-types';

const bundle = '/pagefind/';
let engine: Promise<Pagefind> | undefined;

/**
 * Starts downloading the engine's WebAssembly alongside its script. Pagefind asks for it only once its script
 * and two small index files have arrived; a preloaded response is handed to that later request, so the largest
 * file no longer waits at the end of a chain. The index is English only (forceLanguage in the pagefind
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

/** The engine, loading on the first call. Rejects when its script cannot load; a later call tries again. */
export function loadEngine(): Promise<Pagefind> {
  engine ??= (async () => {
    preloadWasm();
    const script = `${bundle}pagefind.js`;
    const { createInstance }: PagefindModule = await import(/* @vite-ignore */ script);
    // No worker: it would cost another 11 KB, and Trusted Types (require-trusted-types-for 'script') block
    // `new Worker(url)` with a CSP report before Pagefind falls back to the main thread anyway. A search over
    // this index takes a few milliseconds.
    const pagefind = createInstance({ basePath: bundle, noWorker: true, excerptLength: 24, ranking: searchRanking });
    await pagefind.init();
    return pagefind;
  })();
  engine.catch(() => (engine = undefined));
  return engine;
}
