import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { articleSchema } from './schemas/article';
import { salariesSchema } from './schemas/salaries';
import { skillsSchema } from './schemas/skills';
import { ladderSchema } from './schemas/stages';

const articles = defineCollection({
  loader: glob({ base: './content/articles', pattern: '*.mdx' }),
  schema: articleSchema,
});

/** One entry per salary data file; its id is "<region>-<year>" so a new year adds an entry. */
const salaries = defineCollection({
  loader: file('content/data/salaries.yaml', {
    parser: (text) => {
      const data = parse(text) as Record<string, unknown>;
      return [{ id: `${String(data.region).toLowerCase()}-${data.year}`, ...data }];
    },
  }),
  schema: salariesSchema,
});

/** The whole file is one entry, so the schema can check references between stages. */
const stages = defineCollection({
  loader: file('content/data/stages.yaml', { parser: (text) => [{ id: 'ladder', ...parse(text) }] }),
  schema: ladderSchema,
});

/** The whole file is one entry, so the schema can check that skill ids are unique across groups. */
const skills = defineCollection({
  loader: file('content/data/skills.yaml', { parser: (text) => [{ id: 'skills', ...parse(text) }] }),
  schema: skillsSchema,
});

export const collections = { articles, salaries, stages, skills };
