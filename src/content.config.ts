import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { articleSchema } from './schemas/article';
import { salariesSchema } from './schemas/salaries';

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

export const collections = { articles, salaries };
