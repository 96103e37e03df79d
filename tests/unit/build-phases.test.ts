import { describe, expect, it } from 'vitest';
import { buildPhases } from '../bench/phases.mjs';

// The lines of a real cold build's log that carry figures, as Astro and the post-build step print them.
const log = `14:43:46 [content] Syncing content
14:43:50 [types] Generated 3.59s
14:43:50 [build] Collecting build info...
14:43:50 [build] ✓ Completed in 3.79s.
14:43:50 [build] Building static entrypoints...
14:44:03 [vite] ✓ built in 12.83s
14:44:03 [vite] ✓ built in 137ms
 generating static routes
14:44:05   ├─ /404.html (+163ms)
14:44:06   ├─ /guide/skills/index.html (+16ms)
14:44:06   ├─ /guide/offers/index.html (+24ms)
14:44:20   ├─ /og/guide/skills.png (+5ms)
14:44:32   ├─ /print/index.html (+4.88s)
14:44:37   └─ /index.html (+45ms)
14:44:37 ✓ Completed in 33.26s.
14:44:37 [build] ✓ Completed in 47.45s.
14:44:38 [post-build] starting (0.0 s, memory 1891 MiB, heap 379 MiB)
14:45:02 [post-build] 1630 pages read and checked, 155744 links resolve (24.3 s, memory 2239 MiB, heap 409 MiB)
14:45:05 [post-build] 1623 Markdown twins (1623 written anew), llms.txt, llms-full.txt 19772 KB (2.7 s, memory 2298 MiB, heap 428 MiB)
14:45:05 [post-build] sw.js e9565eb88358: precaches 104 of 3416 files, 5120 KB (0.3 s, memory 2298 MiB, heap 463 MiB)
14:45:05 [build] 1630 page(s) built in 1m 19s`;

describe('where a build spent its time', () => {
  const phases = Object.fromEntries(buildPhases(log, 82).map((p) => [p.phase, p.seconds]));

  it('reads Astro’s phases, adding up both bundles', () => {
    expect(phases['content sync, types, build info']).toBe(3.8);
    expect(phases['bundling (Vite)']).toBe(13);
  });

  it('splits rendering by the kind of page, and keeps what no page accounts for', () => {
    expect(phases['rendering: article pages']).toBe(0);
    expect(phases['rendering: share images (waiting for the drawing threads)']).toBe(0);
    expect(phases['rendering: the print page (every article again)']).toBe(4.9);
    expect(phases['rendering: other pages']).toBe(0.2);
    // 33.26 s in all, less 5.1 s of pages.
    expect(phases['rendering: loading modules, getStaticPaths, the rest']).toBe(28.1);
  });

  it('names the post-build steps, and the time no line accounts for', () => {
    expect(phases['post-build: read and check the built site (Pagefind indexes alongside)']).toBe(24.3);
    expect(phases['post-build: write the twins and llms files']).toBe(2.7);
    expect(phases['post-build: write the service worker']).toBe(0.3);
    expect(phases).not.toHaveProperty('post-build: starting');
    expect(phases['the rest (starting Node, loading the config, between phases)']).toBe(4.7);
  });

  it('counts the peer’s articles, under /articles/, as article pages', () => {
    const peer = ` generating static routes
10:00:01   ├─ /articles/synthetic-0001/index.html (+1.20s)
10:00:02   ├─ /guide/intro/index.html (+300ms)
10:00:02   └─ /index.html (+100ms)
10:00:02 ✓ Completed in 2.00s.`;
    const rows = Object.fromEntries(buildPhases(peer, 3).map((p) => [p.phase, p.seconds]));
    expect(rows['rendering: article pages']).toBe(1.5);
    expect(rows['rendering: other pages']).toBe(0.1);
  });
});
