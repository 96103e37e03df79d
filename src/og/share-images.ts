/* Share images, drawn in parallel and cached. `startDrawing` is handed every card of the build at once: cards
   whose image is in the cache (keyed by a hash of the card and of everything that draws it) are skipped, the rest
   go to a pool of worker threads, one per core but one, so pages keep rendering on the main thread meanwhile.
   `shareImage` then hands each image to its endpoint as soon as it is ready. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Tinypool } from 'tinypool';
import type { OgCard } from '../lib/og.ts';

export interface ShareImagePaths {
  /** The project's root folder. */
  root: string;
  /** Where drawn images are kept between builds (under Astro's cacheDir). */
  cache: string;
}

/** Files whose change redraws every image: the drawing code, the layout, the colours, the logo, the packages. */
const drawnBy = [
  'src/og/draw.ts',
  'src/lib/og.ts',
  'src/lib/palette.ts',
  'src/styles/global.css',
  'public/favicon.svg',
  'node_modules/@takumi-rs/core/package.json',
  'node_modules/@fontsource/inter/package.json',
];

let signature: string | undefined;

/** The cache key of one card's image. */
export function imageKey(paths: ShareImagePaths, card: OgCard): string {
  signature ??= drawnBy
    .map((file) =>
      createHash('sha256')
        .update(readFileSync(join(paths.root, file)))
        .digest('hex'),
    )
    .join();
  return createHash('sha256').update(signature).update(JSON.stringify(card)).digest('hex').slice(0, 24);
}

const drawing = new Map<string, Promise<Png>>();
type Png = Uint8Array<ArrayBuffer>;

/** Starts drawing every card that is not cached yet; returns how many it started. */
export async function startDrawing(paths: ShareImagePaths, cards: readonly OgCard[]): Promise<number> {
  await mkdir(paths.cache, { recursive: true });
  const missing = new Map<string, OgCard>();
  for (const card of cards) {
    const key = imageKey(paths, card);
    if (!drawing.has(key) && !existsSync(join(paths.cache, `${key}.png`))) missing.set(key, card);
  }
  if (missing.size === 0) return 0;
  const pool = new Tinypool({
    filename: join(paths.root, 'src/og/draw.ts'),
    maxThreads: Math.max(1, Math.min(missing.size, availableParallelism() - 1)),
  });
  const jobs = [...missing].map(([key, card]) => {
    const job = (pool.run(card) as Promise<Png>).then(async (png) => {
      await writeFile(join(paths.cache, `${key}.png`), png);
      return png;
    });
    drawing.set(key, job);
    return job;
  });
  // The threads would keep the build's process alive: close them once the last image is drawn.
  void Promise.allSettled(jobs).then(() => pool.destroy());
  return missing.size;
}

/** One card's image: from the drawing started for it, or from the cache. */
export async function shareImage(paths: ShareImagePaths, card: OgCard): Promise<Png> {
  const key = imageKey(paths, card);
  const pending = drawing.get(key);
  if (pending) {
    // Handed over once: the PNG is in the cache from here on, and a large site's images need not all stay in memory.
    drawing.delete(key);
    return pending;
  }
  const cached = join(paths.cache, `${key}.png`);
  if (existsSync(cached)) return new Uint8Array(await readFile(cached));
  await startDrawing(paths, [card]);
  return drawing.get(key) as Promise<Png>;
}
