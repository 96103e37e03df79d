import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ladderSchema } from '../../src/schemas/stages';

const published = parse(readFileSync(new URL('../../content/data/stages.yaml', import.meta.url), 'utf8'));
const clone = () => structuredClone(published);

/** zod's messages for `data`, each with the path of its problem. */
function problems(data: unknown): string[] {
  const result = ladderSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('career stages data', () => {
  it('the published file is valid and holds the five stages in ladder order', () => {
    const ladder = ladderSchema.parse(published);
    expect(ladder.stages.map((s) => s.id)).toEqual(['junior', 'mid-level', 'senior', 'staff-principal', 'manager']);
    expect(ladder.stages.map((s) => s.years)).toEqual(['0–2 years', '2–5 years', '5+ years', '8+ years', 'Varies']);
  });

  it('fills defaults for optional lists', () => {
    const data = clone();
    delete data.stages[0].salaries;
    delete data.stages[0].dimensions.scope.adds[0].skills;
    const ladder = ladderSchema.parse(data);
    expect(ladder.stages[0]?.salaries).toEqual([]);
    expect(ladder.stages[0]?.dimensions.scope.adds[0]).toMatchObject({ skills: [], carriesUp: true, replaces: [] });
  });

  it('rejects a stage id that is not a ladder stage', () => {
    const data = clone();
    data.stages[0].id = 'aspiring';
    expect(problems(data)).toContainEqual(expect.stringMatching(/^stages\.0\.id: stage id must be one of: junior/));
  });

  it('rejects a ladder with a stage missing', () => {
    const data = clone();
    data.stages.pop();
    expect(problems(data)).toContain('stages: the ladder is missing: manager');
  });

  it('rejects a stage that grows from a stage listed after it', () => {
    const data = clone();
    data.stages[1].below = 'senior';
    expect(problems(data)).toContain(
      'stages.1.below: stage "mid-level" needs "below": the id of an individual-track stage listed before it',
    );
  });

  it('rejects a point id used by two stages', () => {
    const data = clone();
    data.stages[1].dimensions.scope.adds[0].id = 'defined-tasks';
    expect(problems(data)).toContain(
      'stages.1.dimensions.scope.adds.0.id: stage "mid-level": point id "defined-tasks" is already used by stage "junior"',
    );
  });

  it('rejects replacing an expectation the stage does not inherit', () => {
    const data = clone();
    data.stages[2].dimensions.people.adds[0].replaces = ['no-such-point'];
    expect(problems(data)).toContain(
      'stages.2.dimensions.people.adds.0.replaces: stage "senior": point "grow-owners" replaces "no-such-point", which the stage does not inherit under people',
    );
  });

  it('rejects a management stage that inherits from a rung instead of naming where it is reached from', () => {
    const data = clone();
    const manager = data.stages.find((s: { id: string }) => s.id === 'manager');
    manager.below = 'senior';
    delete manager.reachedFrom;
    expect(problems(data)).toEqual([
      'stages.4.below: stage "manager" is on the management track, which inherits nothing: list the stages it is reached from under "reachedFrom" instead of "below"',
      'stages.4.reachedFrom: stage "manager" needs "reachedFrom": the individual-track stages people move across from',
    ]);
  });

  it('rejects a hands-on point on the management track, naming the stage and the point', () => {
    const data = clone();
    data.stages[4].dimensions.technical.adds.push({
      id: 'ships-code',
      text: 'Ships code every week.',
      kind: 'hands-on',
    });
    expect(problems(data)).toEqual([
      'stages.4.dimensions.technical.adds.3.kind: stage "manager" lists "ships-code" ("Ships code every week."), a hands-on point: the management track lists no hands-on work',
    ]);
  });

  it('rejects an unknown kind of point with the kinds it accepts', () => {
    const data = clone();
    data.stages[0].dimensions.scope.adds[0].kind = 'theory';
    expect(problems(data)).toEqual([
      'stages.0.dimensions.scope.adds.0.kind: kind must be one of: hands-on, first-year',
    ]);
  });

  it('rejects a summary too long for a page description, and unknown fields', () => {
    const data = clone();
    data.stages[0].summary = 'x'.repeat(161);
    data.stages[0].sumary = 'typo';
    const found = problems(data);
    expect(found).toContain('stages.0.summary: summary must be at most 160 characters');
    expect(found.some((p) => p.includes('sumary'))).toBe(true);
  });

  it('rejects a question without a question mark and a see link outside the guide', () => {
    const data = clone();
    data.stages[0].question = 'How do I build this well';
    data.stages[0].see = 'https://example.com/';
    expect(problems(data)).toEqual([
      'stages.0.question: question must end with a question mark',
      'stages.0.see: see must look like /guide/<article>/#<section>',
    ]);
  });
});
