/** The career ladder as data: what each stage expects, and what changes between any two stages. */

/** What every stage describes, in the order a reader sees it. */
export const dimensionIds = ['scope', 'ownership', 'technical', 'impact', 'people'] as const;
export type DimensionId = (typeof dimensionIds)[number];

export const dimensionLabels: Record<DimensionId, string> = {
  scope: 'Scope',
  ownership: 'What you own',
  technical: 'Technical expectations',
  impact: 'How impact is judged',
  people: 'People and mentoring',
};

export interface LadderPoint {
  id: string;
  text: string;
  skills: string[];
}
interface LadderDimension {
  summary: string;
  adds: LadderPoint[];
  drops: string[];
}
/** The shape of a stage this module needs; src/schemas/stages.ts has the full one. */
export interface LadderStage {
  id: string;
  label: string;
  below?: string | undefined;
  next: { stages: string[] };
  dimensions: Record<DimensionId, LadderDimension>;
}

export type Expectations = Record<DimensionId, LadderPoint[]>;

/** One dimension compared between two stages. */
export interface DimensionChange {
  dimension: DimensionId;
  label: string;
  /** The dimension's summary at the stage compared from; undefined for the first rung. */
  from?: string | undefined;
  to: string;
  /** Expectations the second stage has and the first does not. */
  added: LadderPoint[];
  /** Expectations of the first stage that the second no longer has. */
  removed: LadderPoint[];
  /** Expectations both stages share. */
  kept: LadderPoint[];
}

function byId<T extends LadderStage>(stages: readonly T[], id: string): T {
  const stage = stages.find((s) => s.id === id);
  if (!stage) throw new Error(`no stage "${id}" in the ladder`);
  return stage;
}

/** Everything a stage expects: what the stages below it expect, minus what it drops, plus what it adds. */
export function resolveStage(stages: readonly LadderStage[], id: string, seen: string[] = []): Expectations {
  if (seen.includes(id)) throw new Error(`the ladder loops: ${[...seen, id].join(' -> ')}`);
  const stage = byId(stages, id);
  const base = stage.below ? resolveStage(stages, stage.below, [...seen, id]) : undefined;
  const result = {} as Expectations;
  for (const d of dimensionIds) {
    const { adds, drops } = stage.dimensions[d];
    const inherited = (base?.[d] ?? []).filter((p) => !drops.includes(p.id));
    result[d] = [...inherited, ...adds];
  }
  return result;
}

/** Dimension by dimension, what is new at `toId` compared with `fromId` (or with nothing, for the first rung). */
export function diffStages(
  stages: readonly LadderStage[],
  fromId: string | undefined,
  toId: string,
): DimensionChange[] {
  const to = byId(stages, toId);
  const from = fromId === undefined ? undefined : byId(stages, fromId);
  const toPoints = resolveStage(stages, toId);
  const fromPoints = fromId === undefined ? undefined : resolveStage(stages, fromId);
  return dimensionIds.map((d) => {
    const before = new Set((fromPoints?.[d] ?? []).map((p) => p.id));
    const after = new Set(toPoints[d].map((p) => p.id));
    return {
      dimension: d,
      label: dimensionLabels[d],
      from: from?.dimensions[d].summary,
      to: to.dimensions[d].summary,
      added: toPoints[d].filter((p) => !before.has(p.id)),
      removed: (fromPoints?.[d] ?? []).filter((p) => !after.has(p.id)),
      kept: toPoints[d].filter((p) => before.has(p.id)),
    };
  });
}

/** Skill ids a stage relies on across all its expectations, first mention first. */
export function stageSkills(stages: readonly LadderStage[], id: string): string[] {
  const resolved = resolveStage(stages, id);
  return [...new Set(dimensionIds.flatMap((d) => resolved[d].flatMap((p) => p.skills)))];
}

/** The comparison a URL asks for, ?from=junior&to=senior; undefined unless it names two different known stages. */
export function pairFromUrl(url: URL, ids: readonly string[]): { from: string; to: string } | undefined {
  const from = url.searchParams.get('from');
  const to = url.searchParams.get('to');
  if (!from || !to || from === to || !ids.includes(from) || !ids.includes(to)) return undefined;
  return { from, to };
}

/** Problems a schema cannot see field by field: broken references between stages and expectations. */
export function ladderProblems(stages: readonly LadderStage[]): { path: (string | number)[]; message: string }[] {
  const problems: { path: (string | number)[]; message: string }[] = [];
  const ids = stages.map((s) => s.id);
  const pointOwner = new Map<string, string>();
  stages.forEach((stage, i) => {
    if (ids.indexOf(stage.id) !== i) problems.push({ path: [i, 'id'], message: `stage "${stage.id}" is listed twice` });
    if (i === 0 && stage.below) {
      problems.push({ path: [i, 'below'], message: `the first stage, "${stage.id}", cannot grow from another stage` });
    }
    if (i > 0 && !(stage.below && ids.slice(0, i).includes(stage.below))) {
      problems.push({
        path: [i, 'below'],
        message: `stage "${stage.id}" needs "below": the id of a stage listed before it`,
      });
    }
    stage.next.stages.forEach((next, j) => {
      if (!ids.includes(next) || next === stage.id) {
        problems.push({
          path: [i, 'next', 'stages', j],
          message: `stage "${stage.id}": next stage "${next}" is not another stage`,
        });
      }
    });
    for (const d of dimensionIds) {
      for (const point of stage.dimensions[d].adds) {
        const owner = pointOwner.get(point.id);
        if (owner) {
          problems.push({
            path: [i, 'dimensions', d, 'adds'],
            message: `stage "${stage.id}": point id "${point.id}" is already used by stage "${owner}"`,
          });
        }
        pointOwner.set(point.id, stage.id);
      }
    }
  });
  if (problems.length) return problems;
  // References are sound, so the stages below can be resolved to check each drop.
  stages.forEach((stage, i) => {
    const inherited = stage.below ? resolveStage(stages, stage.below) : undefined;
    for (const d of dimensionIds) {
      for (const drop of stage.dimensions[d].drops) {
        if (!inherited?.[d].some((p) => p.id === drop)) {
          problems.push({
            path: [i, 'dimensions', d, 'drops'],
            message: `stage "${stage.id}" drops "${drop}", which no stage below it expects under ${d}`,
          });
        }
      }
    }
  });
  return problems;
}

/** Skill and salary ids the stages name that the other data files do not have. */
export function referenceProblems(
  stages: readonly (LadderStage & { salaries: string[] })[],
  known: { skills: readonly string[]; salaries: readonly string[] },
): string[] {
  const problems: string[] = [];
  for (const stage of stages) {
    for (const d of dimensionIds) {
      for (const point of stage.dimensions[d].adds) {
        for (const skill of point.skills.filter((s) => !known.skills.includes(s))) {
          problems.push(`stage "${stage.id}", point "${point.id}": no skill "${skill}" in content/data/skills.yaml`);
        }
      }
    }
    for (const salary of stage.salaries.filter((s) => !known.salaries.includes(s))) {
      problems.push(`stage "${stage.id}": no salary level "${salary}" in content/data/salaries.yaml`);
    }
  }
  return problems;
}
