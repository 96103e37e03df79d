import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  diffStages,
  ladderProblems,
  nextStages,
  pairFromUrl,
  pairId,
  previousStages,
  referenceProblems,
  resolveStage,
  roleProblems,
  stageFacts,
  stagePairs,
  stageSkills,
  type LadderPoint,
  type LadderStage,
} from '../../src/lib/ladder';
import { ladderSchema } from '../../src/schemas/stages';

type PointSpec = string | (Partial<LadderPoint> & { id: string });
const point = (spec: PointSpec): LadderPoint => {
  const p = typeof spec === 'string' ? { id: spec } : spec;
  return { text: `${p.id} text`, skills: [], carriesUp: true, replaces: [], ...p };
};
const dim = (summary: string, adds: PointSpec[] = []) => ({ summary, adds: adds.map(point) });
/** A stage whose points are all under "scope"; the other dimensions are empty. */
function stage(
  id: string,
  where: { below?: string; reachedFrom?: string[]; track?: LadderStage['track'] },
  adds: PointSpec[],
): LadderStage {
  return {
    id,
    label: id.toUpperCase(),
    track: where.track ?? (where.reachedFrom ? 'management' : 'individual'),
    below: where.below,
    reachedFrom: where.reachedFrom,
    dimensions: {
      scope: dim(`${id} scope`, adds),
      ownership: dim(`${id} owns`),
      technical: dim(`${id} tech`),
      impact: dim(`${id} impact`),
      people: dim(`${id} people`),
    },
  };
}
/** a -> b -> c on the individual track, and m reached from b or c. */
const tiny = [
  stage('a', {}, ['p1', { id: 'learn', kind: 'first-year' }, { id: 'level-a', carriesUp: false }, 'p2']),
  stage('b', { below: 'a' }, [{ id: 'p3', replaces: ['p1'] }]),
  stage('c', { below: 'b' }, ['p4']),
  stage('m', { reachedFrom: ['b', 'c'] }, ['m1']),
];
const ids = (points: { id: string }[]) => points.map((p) => p.id);
const published = parse(readFileSync(new URL('../../content/data/stages.yaml', import.meta.url), 'utf8'));
const ladder = ladderSchema.parse(published).stages;

describe('resolving a stage', () => {
  it('keeps what the stage below carries up, drops what it replaces, and adds its own', () => {
    expect(ids(resolveStage(tiny, 'a').scope)).toEqual(['p1', 'learn', 'level-a', 'p2']);
    expect(ids(resolveStage(tiny, 'b').scope)).toEqual(['p2', 'p3']);
    expect(ids(resolveStage(tiny, 'c').scope)).toEqual(['p2', 'p3', 'p4']);
  });

  it('gives the management track only its own points, whichever stage it is reached from', () => {
    expect(ids(resolveStage(tiny, 'm').scope)).toEqual(['m1']);
  });

  it('refuses a loop instead of recursing forever', () => {
    const loop = [stage('a', { below: 'b' }, []), stage('b', { below: 'a' }, [])];
    expect(() => resolveStage(loop, 'a')).toThrow(/loops: a -> b -> a/);
  });
});

describe('the level diff', () => {
  it('against the stage below shows exactly what the stage adds and leaves behind', () => {
    const [scope, owns] = diffStages(tiny, 'a', 'b');
    expect(scope).toMatchObject({ dimension: 'scope', label: 'Scope', from: 'a scope', to: 'b scope' });
    expect(ids(scope!.added)).toEqual(['p3']);
    expect(ids(scope!.removed)).toEqual(['p1', 'learn', 'level-a']);
    expect(ids(scope!.kept)).toEqual(['p2']);
    expect(owns).toMatchObject({ label: 'What you own', added: [], removed: [], kept: [] });
  });

  it('moving into management leaves every individual-track point behind', () => {
    const [scope] = diffStages(tiny, 'c', 'm');
    expect(ids(scope!.removed)).toEqual(['p2', 'p3', 'p4']);
    expect(ids(scope!.added)).toEqual(['m1']);
    expect(scope!.kept).toEqual([]);
  });

  it('for a stage shown on its own, everything is new', () => {
    const [scope] = diffStages(tiny, undefined, 'a');
    expect(scope!.from).toBeUndefined();
    expect(ids(scope!.added)).toEqual(['p1', 'learn', 'level-a', 'p2']);
  });

  it('covers every dimension, in reading order, for the real ladder', () => {
    const changes = diffStages(ladder, 'mid-level', 'senior');
    expect(changes.map((c) => c.label)).toEqual([
      'Scope',
      'What you own',
      'Technical expectations',
      'How impact is judged',
      'People and mentoring',
    ]);
    const technical = changes.find((c) => c.dimension === 'technical')!;
    expect(ids(technical.added)).toContain('whole-systems');
    expect(ids(technical.removed)).toEqual(['pipeline-and-serving']);
    expect(ids(technical.kept)).toContain('clean-python');
    const owns = diffStages(ladder, 'senior', 'manager').find((c) => c.dimension === 'ownership')!;
    expect(ids(owns.removed)).toContain('technology-choices');
    expect(stageSkills(ladder, 'junior')).toContain('python');
  });
});

describe('moving between stages', () => {
  it('leads from senior to staff and to management, and from staff to management', () => {
    expect(ids(nextStages(ladder, 'senior'))).toEqual(['staff-principal', 'manager']);
    expect(ids(nextStages(ladder, 'staff-principal'))).toEqual(['manager']);
    expect(ids(nextStages(ladder, 'manager'))).toEqual([]);
    expect(ids(previousStages(ladder, 'manager'))).toEqual(['senior', 'staff-principal']);
    expect(ids(previousStages(ladder, 'junior'))).toEqual([]);
  });

  it('writes a stage’s experience and unit of work one way everywhere', () => {
    expect(stageFacts({ years: '0–2 years', trustedWith: 'A task' })).toBe('0–2 years, trusted with a task');
  });

  it('offers every ordered pair of different stages for comparison', () => {
    const pairs = stagePairs(ladder);
    expect(pairs).toHaveLength(ladder.length * (ladder.length - 1));
    expect(pairs.map((p) => pairId(p.from.id, p.to.id))).toContain('staff-principal-vs-manager');
    expect(pairs.some((p) => p.from === p.to)).toBe(false);
  });
});

describe('the comparison URL', () => {
  const known = ['junior', 'mid-level', 'senior', 'staff-principal', 'manager'];
  const read = (href: string) => pairFromUrl(new URL(href, 'https://example.com'), known);

  it('names the two stages in the query', () => {
    expect(read('/stages/compare/?from=junior&to=senior')).toEqual({ from: 'junior', to: 'senior' });
    expect(read('/stages/compare/?to=manager&from=staff-principal')).toEqual({
      from: 'staff-principal',
      to: 'manager',
    });
  });

  it('names nothing for unknown stages, the same stage twice, or a missing half', () => {
    expect(read('/stages/compare/?from=junior&to=intern')).toBeUndefined();
    expect(read('/stages/compare/?from=senior&to=senior')).toBeUndefined();
    expect(read('/stages/compare/?from=junior')).toBeUndefined();
    expect(read('/stages/compare/?from=%3Cscript%3E&to=senior')).toBeUndefined();
    expect(read('/stages/compare/')).toBeUndefined();
  });
});

describe('ladder consistency checks', () => {
  it('accept a sound ladder', () => {
    expect(ladderProblems(tiny)).toEqual([]);
  });

  it('report duplicate point ids and a stage that grows from nowhere', () => {
    expect(ladderProblems([stage('a', {}, ['p1']), stage('b', { below: 'a' }, ['p1'])])).toEqual([
      {
        path: [1, 'dimensions', 'scope', 'adds', 0, 'id'],
        message: 'stage "b": point id "p1" is already used by stage "a"',
      },
    ]);
    expect(ladderProblems([stage('a', { below: 'b' }, []), stage('b', {}, [])]).map((p) => p.message)).toEqual([
      'the first stage, "a", cannot grow from another stage',
      'stage "b" needs "below": the id of an individual-track stage listed before it',
    ]);
  });

  it('report a replaced point the stage does not inherit', () => {
    const notCarried = [
      stage('a', {}, [{ id: 'p1', carriesUp: false }]),
      stage('b', { below: 'a' }, [{ id: 'p2', replaces: ['p1'] }]),
    ];
    expect(ladderProblems(notCarried)).toEqual([
      {
        path: [1, 'dimensions', 'scope', 'adds', 0, 'replaces'],
        message: 'stage "b": point "p2" replaces "p1", which the stage does not inherit under scope',
      },
    ]);
  });

  it('keep the tracks apart: the management track names where it is reached from, and grows from nothing', () => {
    const messages = (stages: LadderStage[]) => ladderProblems(stages).map((p) => p.message);
    expect(messages([stage('a', {}, []), stage('m', { below: 'a', track: 'management' }, [])])).toEqual([
      'stage "m" is on the management track, which inherits nothing: list the stages it is reached from under "reachedFrom" instead of "below"',
      'stage "m" needs "reachedFrom": the individual-track stages people move across from',
    ]);
    expect(
      messages([stage('a', {}, []), stage('m', { reachedFrom: ['a'] }, []), stage('n', { reachedFrom: ['m'] }, [])]),
    ).toEqual(['stage "n" is reached from "m", which is not an individual-track stage']);
    expect(
      messages([stage('a', {}, []), stage('b', { below: 'a', reachedFrom: ['a'], track: 'individual' }, [])]),
    ).toEqual(['stage "b" is on the individual track: it grows from one stage, named under "below"']);
  });

  it('report skills and salary levels that the other data files do not have', () => {
    const withSkill = { ...stage('a', {}, []), salaries: ['entry', 'staff'] };
    withSkill.dimensions.technical.adds = [point({ id: 't1', skills: ['python', 'cobol'] })];
    expect(referenceProblems([withSkill], { skills: ['python'], salaries: ['entry'] })).toEqual([
      'stage "a", point "t1": no skill "cobol" in content/data/skills.yaml',
      'stage "a": no salary level "staff" in content/data/salaries.yaml',
    ]);
  });
});

describe('the role check', () => {
  it('fails when the management track lists hands-on work, naming the stage and the point', () => {
    const coding = [stage('a', {}, []), stage('m', { reachedFrom: ['a'] }, [{ id: 'code', kind: 'hands-on' }])];
    expect(roleProblems(coding)).toEqual([
      {
        path: [1, 'dimensions', 'scope', 'adds', 0, 'kind'],
        message: 'stage "m" lists "code" ("code text"), a hands-on point: the management track lists no hands-on work',
      },
    ]);
  });

  it('fails when a stage above the first rung lists first-year learning, naming the stage and the point', () => {
    const late = [stage('a', {}, []), stage('b', { below: 'a' }, [{ id: 'onboarding', kind: 'first-year' }])];
    expect(roleProblems(late).map((p) => p.message)).toEqual([
      'stage "b" lists "onboarding" ("onboarding text"), a first-year point: only the first rung, "a", lists first-year learning',
    ]);
  });

  it('passes hands-on work on the individual track and first-year learning on the first rung', () => {
    expect(roleProblems(tiny)).toEqual([]);
    const handsOn = [stage('a', {}, [{ id: 'py', kind: 'hands-on' }]), stage('b', { below: 'a' }, [])];
    expect(roleProblems(handsOn)).toEqual([]);
  });
});
