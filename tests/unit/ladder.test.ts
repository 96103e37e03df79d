import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  diffStages,
  ladderProblems,
  pairFromUrl,
  referenceProblems,
  resolveStage,
  stageSkills,
  type LadderStage,
} from '../../src/lib/ladder';
import { ladderSchema } from '../../src/schemas/stages';

const point = (id: string, skills: string[] = []) => ({ id, text: `${id} text`, skills });
const dim = (summary: string, adds: string[] = [], drops: string[] = []) => ({
  summary,
  adds: adds.map((id) => point(id)),
  drops,
});
/** A three-stage ladder with a branch: a -> b, a -> c. Only "scope" has points. */
function stage(id: string, below: string | undefined, adds: string[], drops: string[] = []): LadderStage {
  return {
    id,
    label: id.toUpperCase(),
    below,
    next: { stages: [] },
    dimensions: {
      scope: dim(`${id} scope`, adds, drops),
      ownership: dim(`${id} owns`),
      technical: dim(`${id} tech`),
      impact: dim(`${id} impact`),
      people: dim(`${id} people`),
    },
  };
}
const tiny = [stage('a', undefined, ['p1', 'p2']), stage('b', 'a', ['p3'], ['p1']), stage('c', 'a', ['p4'], ['p2'])];
const ids = (points: { id: string }[]) => points.map((p) => p.id);

describe('resolving a stage', () => {
  it('inherits from the stage below, minus what it drops, plus what it adds', () => {
    expect(ids(resolveStage(tiny, 'a').scope)).toEqual(['p1', 'p2']);
    expect(ids(resolveStage(tiny, 'b').scope)).toEqual(['p2', 'p3']);
    expect(ids(resolveStage(tiny, 'c').scope)).toEqual(['p1', 'p4']);
  });

  it('refuses a loop instead of recursing forever', () => {
    const loop = [stage('a', 'b', []), stage('b', 'a', [])];
    expect(() => resolveStage(loop, 'a')).toThrow(/loops: a -> b -> a/);
  });
});

describe('the level diff', () => {
  it('against the stage below shows exactly what the stage adds and drops', () => {
    const [scope, owns] = diffStages(tiny, 'a', 'b');
    expect(scope).toMatchObject({ dimension: 'scope', label: 'Scope', from: 'a scope', to: 'b scope' });
    expect(ids(scope!.added)).toEqual(['p3']);
    expect(ids(scope!.removed)).toEqual(['p1']);
    expect(ids(scope!.kept)).toEqual(['p2']);
    expect(owns).toMatchObject({ label: 'What you own', added: [], removed: [], kept: [] });
  });

  it('compares two stages on different branches', () => {
    const [scope] = diffStages(tiny, 'b', 'c');
    expect(ids(scope!.added)).toEqual(['p1', 'p4']);
    expect(ids(scope!.removed)).toEqual(['p2', 'p3']);
    expect(scope!.kept).toEqual([]);
  });

  it('for the first rung, with nothing below, everything is new', () => {
    const [scope] = diffStages(tiny, undefined, 'a');
    expect(scope!.from).toBeUndefined();
    expect(ids(scope!.added)).toEqual(['p1', 'p2']);
  });

  it('covers every dimension, in reading order, for the real ladder', () => {
    const ladder = ladderSchema.parse(
      parse(readFileSync(new URL('../../content/data/stages.yaml', import.meta.url), 'utf8')),
    );
    const changes = diffStages(ladder.stages, 'mid-level', 'senior');
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
    // Moving into management leaves hands-on technical ownership behind.
    const owns = diffStages(ladder.stages, 'senior', 'manager').find((c) => c.dimension === 'ownership')!;
    expect(ids(owns.removed)).toContain('technology-choices');
    expect(stageSkills(ladder.stages, 'junior')).toContain('python');
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

  it('report duplicate point ids, bad references and drops of unknown points', () => {
    expect(ladderProblems([stage('a', undefined, ['p1']), stage('b', 'a', ['p1'])])).toEqual([
      {
        path: [1, 'dimensions', 'scope', 'adds'],
        message: 'stage "b": point id "p1" is already used by stage "a"',
      },
    ]);
    expect(ladderProblems([stage('a', 'b', []), stage('b', undefined, [])]).map((p) => p.message)).toEqual([
      'the first stage, "a", cannot grow from another stage',
      'stage "b" needs "below": the id of a stage listed before it',
    ]);
    expect(ladderProblems([stage('a', undefined, ['p1']), stage('b', 'a', [], ['p9'])])).toEqual([
      {
        path: [1, 'dimensions', 'scope', 'drops'],
        message: 'stage "b" drops "p9", which no stage below it expects under scope',
      },
    ]);
  });

  it('report skills and salary levels that the other data files do not have', () => {
    const withSkill = { ...stage('a', undefined, []), salaries: ['entry', 'staff'] };
    withSkill.dimensions.technical.adds = [point('t1', ['python', 'cobol'])];
    expect(referenceProblems([withSkill], { skills: ['python'], salaries: ['entry'] })).toEqual([
      'stage "a", point "t1": no skill "cobol" in content/data/skills.yaml',
      'stage "a": no salary level "staff" in content/data/salaries.yaml',
    ]);
  });
});
