import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';

/** Every glossary term's short definition by id, for the popovers of glossary terms in articles (glossary-term.ts). */
export const GET: APIRoute = async () => {
  const terms = Object.fromEntries((await getCollection('glossary')).map((t) => [t.id, t.data.short]));
  return new Response(JSON.stringify(terms), { headers: { 'content-type': 'application/json' } });
};
