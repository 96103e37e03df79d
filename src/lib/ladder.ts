/**
 * The career ladder as data: what each stage expects, and what changes between any two stages.
 *
 * The individual track is a chain: each stage grows from the one below it and keeps what that stage expects,
 * except first-year learning (only the first rung lists it), points that belong to one level (`carriesUp: false`,
 * such as a first architectural decision) and points a higher stage replaces with its own. The management track
 * inherits nothing: it is a different job, so it lists its own expectations and names the individual stages it is
 * reached from. Pure module: the schema (src/schemas/stages.ts) and the pages both use it.
 */

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

/** Sorts of expectation a role rule depends on; most points have none. */
export const pointKinds = ['hands-on', 'first-year'] as const;
export type PointKind = (typeof pointKinds)[number];

export interface LadderPoint {
  id: string;
  text: string;
  skills: string[];
  kind?: PointKind | undefined;
  carriesUp: boolean;
  replaces: string[];
}
interface LadderDimension {
  summary: string;
  adds: LadderPoint[];
}
/** The shape of a stage this module needs; src/schemas/stages.ts has the full one. */
export interface LadderStage {
  id: string;
  label: string;
  track: 'individual' | 'management';
  below?: string | undefined;
  reachedFrom?: string[] | undefined;
  dimensions: Record<DimensionId, LadderDimension>;
}

export type Expectations = Record<DimensionId, LadderPoint[]>;

/** One dimension compared between two stages. */
export interface DimensionChange {
  dimension: DimensionId;
  label: string;
  /** The dimension's summary at the stage compared from; undefined when a stage is shown on its own. */
  from?: string | undefined;
  to: string;
  /** Expectations the second stage has and the first does not. */
  added: LadderPoint[];
  /** Expectations of the first stage that the second no longer has. */
  removed: LadderPoint[];
  /** Expectations both stages share. */
  kept: LadderPoint[];
}

type Problem = { path: (string | number)[]; message: string };

function byId<T extends { id: string }>(stages: readonly T[], id: string): T {
  const stage = stages.find((s) => s.id === id);
  if (!stage) throw new Error(`no stage "${id}" in the ladder`);
  return stage;
}

/** Whether a stage above the one that lists `point` still expects it. */
const carries = (point: LadderPoint) => point.carriesUp && point.kind !== 'first-year';

/**
 * Everything a stage expects. An individual stage: what the stage below it expects and carries up, minus what its
 * own points replace, plus its own points. A management stage: its own points only.
 */
export function resolveStage(stages: readonly LadderStage[], id: string, seen: string[] = []): Expectations {
  if (seen.includes(id)) throw new Error(`the ladder loops: ${[...seen, id].join(' -> ')}`);
  const stage = byId(stages, id);
  const base =
    stage.track === 'individual' && stage.below ? resolveStage(stages, stage.below, [...seen, id]) : undefined;
  const result = {} as Expectations;
  for (const d of dimensionIds) {
    const { adds } = stage.dimensions[d];
    const replaced = new Set(adds.flatMap((p) => p.replaces));
    const inherited = (base?.[d] ?? []).filter((p) => carries(p) && !replaced.has(p.id));
    result[d] = [...inherited, ...adds];
  }
  return result;
}

/** Dimension by dimension, what is new at `toId` compared with `fromId` (or everything, when `fromId` is omitted). */
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

/** The stages a reader can move to from `id`: the individual stage that grows from it, and any track reached from it. */
export function nextStages<T extends LadderStage>(stages: readonly T[], id: string): T[] {
  return stages.filter((s) => (s.track === 'individual' ? s.below === id : (s.reachedFrom ?? []).includes(id)));
}

/** The stages `id` is reached from: the one below it, or the stages a management stage is reached from. */
export function previousStages<T extends LadderStage>(stages: readonly T[], id: string): T[] {
  const stage = byId(stages, id);
  const ids = stage.track === 'individual' ? (stage.below ? [stage.below] : []) : (stage.reachedFrom ?? []);
  return ids.map((i) => byId(stages, i));
}

/** Skill ids a stage relies on across all its expectations, first mention first. */
export function stageSkills(stages: readonly LadderStage[], id: string): string[] {
  const resolved = resolveStage(stages, id);
  return [...new Set(dimensionIds.flatMap((d) => resolved[d].flatMap((p) => p.skills)))];
}

/** "0–2 years, trusted with a task": a stage's experience and unit of work, as every list and card shows them. */
export function stageFacts(stage: { years: string; trustedWith: string }): string {
  return `${stage.years}, trusted with ${stage.trustedWith.toLowerCase()}`;
}

/** Every ordered pair of different stages, in ladder order: the comparisons /stages/compare/ can show. */
export function stagePairs<T extends { id: string }>(stages: readonly T[]): { from: T; to: T }[] {
  return stages.flatMap((from) => stages.filter((to) => to.id !== from.id).map((to) => ({ from, to })));
}

/** The id of one comparison on /stages/compare/, e.g. "junior-vs-senior"; also its URL fragment. */
export const pairId = (from: string, to: string) => `${from}-vs-${to}`;

/** The comparison a URL asks for, ?from=junior&to=senior; undefined unless it names two different known stages. */
export function pairFromUrl(url: URL, ids: readonly string[]): { from: string; to: string } | undefined {
  const from = url.searchParams.get('from');
  const to = url.searchParams.get('to');
  if (!from || !to || from === to || !ids.includes(from) || !ids.includes(to)) return undefined;
  return { from, to };
}

/** Problems a schema cannot see field by field: broken references between stages and expectations. */
export function ladderProblems(stages: readonly LadderStage[]): Problem[] {
  const problems: Problem[] = [];
  const ids = stages.map((s) => s.id);
  const individual = (id: string) => stages.find((s) => s.id === id)?.track === 'individual';
  const pointOwner = new Map<string, string>();
  stages.forEach((stage, i) => {
    if (ids.indexOf(stage.id) !== i) problems.push({ path: [i, 'id'], message: `stage "${stage.id}" is listed twice` });
    if (stage.track === 'individual') {
      if (stage.reachedFrom) {
        problems.push({
          path: [i, 'reachedFrom'],
          message: `stage "${stage.id}" is on the individual track: it grows from one stage, named under "below"`,
        });
      }
      const isFirst = i === stages.findIndex((s) => s.track === 'individual');
      if (isFirst && stage.below) {
        problems.push({
          path: [i, 'below'],
          message: `the first stage, "${stage.id}", cannot grow from another stage`,
        });
      }
      if (!isFirst && !(stage.below && ids.slice(0, i).includes(stage.below) && individual(stage.below))) {
        problems.push({
          path: [i, 'below'],
          message: `stage "${stage.id}" needs "below": the id of an individual-track stage listed before it`,
        });
      }
    } else {
      if (stage.below) {
        problems.push({
          path: [i, 'below'],
          message: `stage "${stage.id}" is on the management track, which inherits nothing: list the stages it is reached from under "reachedFrom" instead of "below"`,
        });
      }
      if (!stage.reachedFrom?.length) {
        problems.push({
          path: [i, 'reachedFrom'],
          message: `stage "${stage.id}" needs "reachedFrom": the individual-track stages people move across from`,
        });
      }
      stage.reachedFrom?.forEach((from, j) => {
        if (!individual(from)) {
          problems.push({
            path: [i, 'reachedFrom', j],
            message: `stage "${stage.id}" is reached from "${from}", which is not an individual-track stage`,
          });
        }
      });
    }
    for (const d of dimensionIds) {
      stage.dimensions[d].adds.forEach((point, j) => {
        const owner = pointOwner.get(point.id);
        if (owner) {
          problems.push({
            path: [i, 'dimensions', d, 'adds', j, 'id'],
            message: `stage "${stage.id}": point id "${point.id}" is already used by stage "${owner}"`,
          });
        }
        pointOwner.set(point.id, stage.id);
      });
    }
  });
  if (problems.length) return problems;
  // References are sound, so the stages below can be resolved to check what each point replaces.
  stages.forEach((stage, i) => {
    const inherited = stage.track === 'individual' && stage.below ? resolveStage(stages, stage.below) : undefined;
    for (const d of dimensionIds) {
      stage.dimensions[d].adds.forEach((point, j) => {
        for (const replaced of point.replaces) {
          if (!inherited?.[d].some((p) => p.id === replaced && carries(p))) {
            problems.push({
              path: [i, 'dimensions', d, 'adds', j, 'replaces'],
              message: `stage "${stage.id}": point "${point.id}" replaces "${replaced}", which the stage does not inherit under ${d}`,
            });
          }
        }
      });
    }
  });
  return [...problems, ...roleProblems(stages)];
}

/**
 * Expectations a stage shows that its role contradicts: a hands-on point on the management track (managers rarely
 * do hands-on work, says /guide/career-path/), or first-year learning on any stage but the first rung.
 */
export function roleProblems(stages: readonly LadderStage[]): Problem[] {
  const first = stages.find((s) => s.track === 'individual')?.id;
  const problems: Problem[] = [];
  stages.forEach((stage, i) => {
    const resolved = resolveStage(stages, stage.id);
    for (const d of dimensionIds) {
      for (const point of resolved[d]) {
        const own = stage.dimensions[d].adds.indexOf(point);
        const path = own === -1 ? [i, 'dimensions', d] : [i, 'dimensions', d, 'adds', own, 'kind'];
        const named = `stage "${stage.id}" lists "${point.id}" ("${point.text}")`;
        if (stage.track === 'management' && point.kind === 'hands-on') {
          problems.push({ path, message: `${named}, a hands-on point: the management track lists no hands-on work` });
        }
        if (stage.id !== first && point.kind === 'first-year') {
          problems.push({
            path,
            message: `${named}, a first-year point: only the first rung, "${first}", lists first-year learning`,
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
