import { getCollection } from 'astro:content';
import { referenceProblems } from '../lib/ladder';
import type { Ladder } from '../schemas/stages';
import type { Skills } from '../schemas/skills';
import type { Salaries } from '../schemas/salaries';

/** content/data/skills.yaml, validated. */
export async function getSkills(): Promise<Skills> {
  const [entry] = await getCollection('skills');
  if (!entry) throw new Error('content/data/skills.yaml is missing');
  return entry.data;
}

/** content/data/salaries.yaml, validated. */
export async function getSalaries(): Promise<Salaries> {
  const [entry] = await getCollection('salaries');
  if (!entry) throw new Error('content/data/salaries.yaml is missing');
  return entry.data;
}

/** The salaries page's title and description, worded from its data (region and year), for the page and its card. */
export async function salariesPage() {
  const data = await getSalaries();
  return {
    title: 'ML engineer salaries by level',
    description: `What ML engineers are paid in the ${data.region} in ${data.year} by level, as the guide's source states it, with salary and total compensation kept apart.`,
    section: 'Salaries',
  };
}

/** content/data/stages.yaml, validated; fails the build when a stage names a skill or salary level that does not exist. */
export async function getLadder(): Promise<Ladder> {
  const [entry] = await getCollection('stages');
  if (!entry) throw new Error('content/data/stages.yaml is missing');
  const skills = (await getSkills()).groups.flatMap((g) => g.skills.map((s) => s.id));
  const salaries = (await getSalaries()).levels.map((l) => l.id);
  const problems = referenceProblems(entry.data.stages, { skills, salaries });
  if (problems.length) throw new Error(`content/data/stages.yaml: ${problems.join('; ')}`);
  return entry.data;
}
