// The stage data checked against the career-path article's account of each role: a stage page must never show
// an expectation that /guide/career-path/ contradicts. The rules live in src/lib/ladder.ts (roleProblems), which
// the schema also runs, so the build fails on the same problems with the same messages.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { dimensionIds, resolveStage, roleProblems } from '../../src/lib/ladder';
import { ladderSchema } from '../../src/schemas/stages';

const { stages } = ladderSchema.parse(
  parse(readFileSync(new URL('../../content/data/stages.yaml', import.meta.url), 'utf8')),
);
/** "stage: point" for every expectation a stage's page shows. */
const shown = (id: string) =>
  dimensionIds.flatMap((d) => resolveStage(stages, id)[d].map((p) => ({ stage: id, ...p })));

describe('every stage lists only what its role does', () => {
  it('the published ladder passes the role check', () => {
    expect(roleProblems(stages).map((p) => p.message)).toEqual([]);
  });

  it('the management stage lists no hands-on point', () => {
    for (const s of stages.filter((s) => s.track === 'management')) {
      expect(
        shown(s.id)
          .filter((p) => p.kind === 'hands-on')
          .map((p) => `${p.stage}: ${p.text}`),
      ).toEqual([]);
    }
  });

  it('no stage above junior lists a point marked for first-year learning', () => {
    const above = stages.filter((s) => s.id !== 'junior');
    const late = above.flatMap((s) => shown(s.id)).filter((p) => p.kind === 'first-year');
    expect(late.map((p) => `${p.stage}: ${p.text}`)).toEqual([]);
    expect(shown('junior').some((p) => p.kind === 'first-year')).toBe(true);
  });

  it('a first architectural decision is the mid-level stage’s alone', () => {
    const having = stages.filter((s) => shown(s.id).some((p) => p.id === 'first-architecture')).map((s) => s.id);
    expect(having).toEqual(['mid-level']);
  });

  it('the management track is reached from senior or staff, as the career path describes', () => {
    const manager = stages.find((s) => s.id === 'manager')!;
    expect(manager.reachedFrom).toEqual(['senior', 'staff-principal']);
    expect(manager.below).toBeUndefined();
  });
});
