import { pairId } from './ladder';

/** The entries before and after `id` in an already ordered list. */
export function neighbours<T extends { id: string }>(list: readonly T[], id: string): { prev?: T; next?: T } {
  const i = list.findIndex((item) => item.id === id);
  if (i === -1) return {};
  const result: { prev?: T; next?: T } = {};
  if (i > 0) result.prev = list[i - 1] as T;
  if (i < list.length - 1) result.next = list[i + 1] as T;
  return result;
}

/** An article's path: /guide/<id>/. */
export const articlePath = (id: string) => `/guide/${id}/`;

interface Relatable {
  id: string;
  data: { stages: readonly string[]; related?: readonly string[] | undefined };
}

/** For each list of articles, the articles ranked for each set of stages: computed once per set, not per page. */
const rankings = new WeakMap<readonly Relatable[], Map<string, readonly Relatable[]>>();

/**
 * Up to `n` articles to read next besides previous/next: the author's `related` list when given, otherwise the
 * articles that serve the most of the same career stages, in reading order.
 */
export function relatedArticles<T extends Relatable>(
  list: readonly T[],
  current: T,
  exclude: readonly string[],
  n = 3,
): T[] {
  if (current.data.related?.length) {
    return current.data.related.map((id) => list.find((a) => a.id === id)).filter((a): a is T => a !== undefined);
  }
  // Many articles serve the same stages, so their ranking is shared: a large guide ranks once per set of stages.
  const byStages = rankings.get(list) ?? new Map<string, readonly Relatable[]>();
  rankings.set(list, byStages);
  const signature = [...current.data.stages].sort().join();
  let ranked = byStages.get(signature);
  if (!ranked) {
    const shared = (a: Relatable) => a.data.stages.filter((s) => current.data.stages.includes(s)).length;
    ranked = list
      .map((a, i) => ({ a, i, score: shared(a) }))
      .filter(({ score }) => score > 0)
      .sort((x, y) => y.score - x.score || x.i - y.i)
      .map(({ a }) => a);
    byStages.set(signature, ranked);
  }
  const picked: T[] = [];
  for (const a of ranked as readonly T[]) {
    if (picked.length === n) break;
    if (a.id !== current.id && !exclude.includes(a.id)) picked.push(a);
  }
  return picked;
}

/** A career stage's page: /stages/<id>/. */
export const stagePath = (id: string) => `/stages/${id}/`;

/** The side-by-side comparison of two stages: the query for the page's script, the fragment for when it has none. */
export const comparePath = (from: string, to: string) => `/stages/compare/?from=${from}&to=${to}#${pairId(from, to)}`;
