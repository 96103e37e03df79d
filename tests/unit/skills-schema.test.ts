import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { skillsSchema } from '../../src/schemas/skills';

const published = parse(readFileSync(new URL('../../content/data/skills.yaml', import.meta.url), 'utf8'));
const clone = () => structuredClone(published);

describe('skills data', () => {
  it('the published file is valid: three groups and sixteen skills from the source text', () => {
    const data = skillsSchema.parse(published);
    expect(data.groups.map((g) => g.id)).toEqual(['must-have', 'increasingly-important', 'soft']);
    expect(data.groups.map((g) => g.skills.length)).toEqual([6, 6, 4]);
  });

  it('every skill links to a section of the skills article', () => {
    for (const group of skillsSchema.parse(published).groups) {
      for (const skill of group.skills) expect(skill.see).toMatch(/^\/guide\/skills\/#[a-z0-9-]+$/);
    }
  });

  it('rejects a skill id used in two groups', () => {
    const data = clone();
    data.groups[1].skills[0].id = 'python';
    expect(() => skillsSchema.parse(data)).toThrow(/skill id \\?"python\\?" is used twice/);
  });

  it('rejects an id with capitals or spaces, and a see link that is not a section', () => {
    const data = clone();
    data.groups[0].skills[0].id = 'Python 3';
    expect(() => skillsSchema.parse(data)).toThrow(/lowercase letters, digits and hyphens/);
    const other = clone();
    other.groups[0].skills[0].see = '/guide/skills/';
    expect(() => skillsSchema.parse(other)).toThrow(/see must look like/);
  });

  it('rejects a missing why and an unknown field', () => {
    const data = clone();
    delete data.groups[0].skills[0].why;
    expect(() => skillsSchema.parse(data)).toThrow(/why/);
    const typo = clone();
    typo.groups[0].skills[0].shwo = 'typo';
    expect(() => skillsSchema.parse(typo)).toThrow(/shwo/);
  });
});
