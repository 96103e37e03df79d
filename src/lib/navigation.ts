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

/** A career stage's page: /stages/<id>/. */
export const stagePath = (id: string) => `/stages/${id}/`;

/** The side-by-side comparison of two stages (the page reads the query with JavaScript). */
export const comparePath = (from: string, to: string) => `/stages/compare/?from=${from}&to=${to}`;
