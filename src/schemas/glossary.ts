import { z } from 'astro/zod';
import { changesSchema, checkReview } from './changes';
import { sourceSchema } from './source';

const termId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id must be lowercase letters, digits and single hyphens');

/** One term in content/data/glossary.yaml. */
export const glossaryTermSchema = z
  .object({
    /** Stable id: the term's anchor on /glossary/ and what authors pass to <Term id="…">. Never change it. */
    id: termId,
    /** The term as readers meet it, with its abbreviation when it has one. */
    term: z.string().min(2, 'term must not be empty').max(60, 'term must be at most 60 characters'),
    /** One sentence shown where an article uses the term, in a popover. */
    short: z
      .string()
      .min(30, 'short must be at least 30 characters')
      .max(160, 'short must be at most 160 characters: it is shown in a small popover'),
    /** The plain definition, in two to four sentences. */
    definition: z
      .string()
      .min(100, 'definition must be at least 100 characters')
      .max(600, 'definition must be at most 600 characters'),
    /** Why the term matters to the job, in one or two sentences. */
    why: z.string().min(40, 'why must be at least 40 characters').max(300, 'why must be at most 300 characters'),
    /** Where the guide discusses the term: an article path, usually with a section anchor. */
    see: z
      .string()
      .regex(/^\/guide\/[a-z0-9-]+\/(#[a-z0-9-]+)?$/, 'see must be a guide path such as /guide/skills/#python'),
    /** Ids of related terms, linked from the entry. */
    related: z.array(termId).default([]),
    /** Where a claim beyond the definition comes from (how often, how many, who does what). */
    sources: z.array(sourceSchema).default([]),
  })
  .strict();

/** The whole glossary file: valid terms, unique ids, and related ids that name other terms. */
export const glossarySchema = z
  .array(glossaryTermSchema)
  .min(1, 'the glossary needs at least one term')
  .superRefine((terms, ctx) => {
    const ids = new Set<string>();
    terms.forEach((t, i) => {
      if (ids.has(t.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `id "${t.id}" is used twice` });
      ids.add(t.id);
    });
    terms.forEach((t, i) => {
      t.related.forEach((r, j) => {
        if (r === t.id) {
          ctx.addIssue({ code: 'custom', path: [i, 'related', j], message: `"${t.id}" lists itself as related` });
        } else if (!ids.has(r)) {
          ctx.addIssue({ code: 'custom', path: [i, 'related', j], message: `related id "${r}" is not a term` });
        }
      });
    });
  });

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

/** The glossary page's own record: when its terms were last checked, and what changed. */
export const glossaryReviewSchema = z
  .object({
    /** Entry id, which the content loader adds. */
    id: z.string().optional(),
    /** When a person last checked the terms against their sources. */
    lastReviewed: z.coerce.date({ error: 'lastReviewed must be a date like 2026-11-26' }),
    /** What changed and when, oldest first; shown on /glossary/ and /changes/. */
    changes: changesSchema,
  })
  .strict()
  .superRefine(checkReview);

export type GlossaryReview = z.infer<typeof glossaryReviewSchema>;

/** The whole file: the page's review record, and the terms. */
const glossaryFileSchema = z.looseObject({ terms: glossarySchema });

/** Parses the raw glossary file's terms, or throws one message naming each bad term by position and id. The review
    fields beside them are checked by glossaryReviewSchema. */
export function parseGlossary(raw: unknown, fileName = 'content/data/glossary.yaml'): GlossaryTerm[] {
  const result = glossaryFileSchema.safeParse(raw);
  if (result.success) return result.data.terms;
  const terms = (raw as { terms?: unknown } | null)?.terms;
  const problems = result.error.issues.map((issue) => {
    const [key, index, ...field] = issue.path;
    if (key !== 'terms' || typeof index !== 'number') return `${issue.path.join('.') || 'the file'}: ${issue.message}`;
    const id = Array.isArray(terms) ? (terms[index] as { id?: unknown } | undefined)?.id : undefined;
    const where = `term ${index + 1}${typeof id === 'string' ? ` ("${id}")` : ''}`;
    return `${where}${field.length ? ` ${field.join('.')}` : ''}: ${issue.message}`;
  });
  throw new Error(`${fileName}: ${problems.join('; ')}`);
}
