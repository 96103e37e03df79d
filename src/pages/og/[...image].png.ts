import type { APIRoute, GetStaticPaths } from 'astro';
import { getShareCards } from '../../data/share-images';
import type { OgCard } from '../../lib/og';
import { imageKey, shareImage, startDrawing } from '../../og/share-images';

const paths = __SHARE_IMAGES__;

/** Every page's 1200x630 share image. All are started at once, so they draw in parallel while pages render. */
export const getStaticPaths = (async () => {
  const cards = await getShareCards();
  await startDrawing(
    paths,
    cards.map((c) => c.card),
  );
  return cards.map(({ image, card }) => ({
    params: { image: image.replace(/^\/og\/|\.png$/g, '') },
    props: { card },
    // An unchanged card keeps its image: the incremental build reuses it without calling GET.
    cacheKey: imageKey(paths, card),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: OgCard }> = async ({ props }) =>
  new Response(await shareImage(paths, props.card), { headers: { 'content-type': 'image/png' } });
