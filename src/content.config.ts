import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { articleSchema } from './schemas/article';
import { glossaryReviewSchema, glossaryTermSchema, parseGlossary } from './schemas/glossary';
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

const glossaryFile = 'content/data/glossary.yaml';

/** One entry per term. A small loader rather than file(): file() only logs a parser's error, and a duplicate id
    or a related id that names no term must fail the build with the file name and the term. */
const glossary = defineCollection({
  loader: {
    name: 'glossary-loader',
    load: async ({ config, store, parseData, watcher }) => {
      const path = fileURLToPath(new URL(glossaryFile, config.root));
      const sync = async () => {
        const terms = parseGlossary(parse(await readFile(path, 'utf8')), glossaryFile);
        store.clear();
        for (const term of terms) store.set({ id: term.id, data: await parseData({ id: term.id, data: term }) });
      };
      await sync();
      watcher?.add(path);
      watcher?.on('change', (changed) => changed === path && void sync());
    },
  },
  schema: glossaryTermSchema,
});

/** The glossary page's review date and changes, from the top of the same file. */
const glossaryReview = defineCollection({
  loader: file(glossaryFile, {
    parser: (text) => {
      const { terms: _, ...review } = parse(text) as Record<string, unknown>;
      return [{ id: 'glossary', ...review }];
    },
  }),
  schema: glossaryReviewSchema,
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

export const collections = { articles, salaries, glossary, glossaryReview, stages, skills };
