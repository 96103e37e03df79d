/** Turns { oldId: newId } into newId -> [oldIds], so a heading can carry the ids it used to have. */
export function aliasesByTarget(aliases: Record<string, string>): Map<string, string[]> {
  const byTarget = new Map<string, string[]>();
  for (const [from, to] of Object.entries(aliases)) {
    byTarget.set(to, [...(byTarget.get(to) ?? []), from]);
  }
  return byTarget;
}

/** Problems with an article's aliases: targets that are not headings, or old ids that are still headings. */
export function aliasProblems(aliases: Record<string, string>, headingIds: readonly string[]): string[] {
  const ids = new Set(headingIds);
  const problems: string[] = [];
  for (const [from, to] of Object.entries(aliases)) {
    if (!ids.has(to)) problems.push(`alias "${from}" points at "#${to}", which is not a heading`);
    if (ids.has(from)) problems.push(`alias "${from}" is still a heading id; remove the alias`);
  }
  return problems;
}
