import { z } from 'astro/zod';
import { stages, topics } from '../site.config';
import { changesSchema, checkReview } from './changes';
import { sourceSchema } from './source';

/** Frontmatter of one article in content/articles/. */
export const articleSchema = z
  .object({
    /** Page title, also the <h1>; short enough for a search result. */
    title: z.string().min(3).max(70, 'title must be at most 70 characters'),
    /** One sentence for search results and link previews. */
    description: z
      .string()
      .min(50, 'description must be at least 50 characters')
      .max(160, 'description must be at most 160 characters'),
    /** Which topic of the guide this article is; equals its file name. */
    topic: z.enum(topics, { error: `topic must be one of: ${topics.join(', ')}` }),
    /** Position in reading order, from 1. */
    order: z.number().int().positive(),
    /** When a person last checked the article against its sources. */
    lastReviewed: z.coerce.date({ error: 'lastReviewed must be a date like 2026-11-26' }),
    /** What changed and when, oldest first: the first publication, every review, every change a returning reader
        should know about. Shown under "What changed", on /changes/ and in its feed. */
    changes: changesSchema,
    /** Career stages the article serves most; a search filter. */
    stages: z.array(z.enum(stages, { error: `stages must be from: ${stages.join(', ')}` })).default([]),
    /** Three to five sentences a skimming reader should leave with. */
    takeaways: z.array(z.string().min(10).max(200)).min(3).max(5),
    /** Where the facts come from; the seed text first. */
    sources: z.array(sourceSchema).min(1, 'list at least one source'),
    /** Articles (file names) to suggest after this one; derived from shared stages when omitted. */
    related: z.array(z.string().regex(/^[a-z0-9-]+$/)).optional(),
    /** Old heading ids that must keep working, mapped to the id they now point at. */
    aliases: z.record(z.string().regex(/^[a-z0-9-]+$/), z.string().regex(/^[a-z0-9-]+$/)).default({}),
    /** Drafts are left out of the build. */
    draft: z.boolean().default(false),
  })
  .strict()
  .superRefine(checkReview);

export type ArticleData = z.infer<typeof articleSchema>;
