import { z } from 'astro/zod';
import { changesSchema, checkReview } from './changes';
import { salaryBases, type SalaryBasis } from '../lib/format';
import { sourceSchema } from './source';

const bases = Object.keys(salaryBases) as [SalaryBasis, ...SalaryBasis[]];

/** One salary range, for one level or one kind of employer, as the source states it. */
export const salaryLevelSchema = z
  .object({
    /** Stable id that articles cite, e.g. <Salary id="entry" />: never rename it. */
    id: z.string().regex(/^[a-z0-9-]+$/, 'id must be lowercase letters, digits and hyphens'),
    /** What the range describes, in a reader's words. */
    label: z.string().min(3),
    /** What the figure counts, in the source's own terms; src/lib/format.ts has the words the site shows for each. */
    basis: z.enum(bases, { error: `basis must be one of: ${bases.join(', ')}` }),
    /** Bottom of the range, in whole currency units per year. */
    min: z.number().int().positive(),
    /** Top of the range; omitted when the source gives only a floor. */
    max: z.number().int().positive().optional(),
    /** True when the source says the range goes higher ("$350,000+"). */
    openEnded: z.boolean().default(false),
    /** The source's own words for this figure, copied exactly. */
    quote: z.string().min(10, 'quote must copy the words the source uses for this figure'),
    /** How the site reads the quote, in one sentence shown beside the figure. */
    reading: z.string().min(10, 'reading must say in a sentence how the site reads the quote'),
  })
  .strict()
  .refine((l) => l.max === undefined || l.max > l.min, { message: 'max must be above min', path: ['max'] })
  .refine((l) => l.max !== undefined || l.openEnded, {
    message: 'a range without max must be openEnded',
    path: ['openEnded'],
  });

/** A dated set of salary ranges for one region, each as its source states it. */
export const salariesSchema = z
  .object({
    /** Entry id, "<region>-<year>", which the content loader adds. */
    id: z.string().optional(),
    /** Region the figures hold for, e.g. US. */
    region: z.string().min(2),
    /** Year the figures describe. */
    year: z.number().int().min(2000).max(2100),
    /** When a person last checked the figures against the source. */
    lastReviewed: z.coerce.date({ error: 'lastReviewed must be a date like 2026-11-26' }),
    /** What changed and when, oldest first; shown on the pages built from this file and on /changes/. */
    changes: changesSchema,
    /** ISO currency code. */
    currency: z.string().length(3),
    /** Where the figures come from. */
    source: sourceSchema,
    /** When the source was published: the figures are as of that date. */
    published: z.coerce.date({ error: 'published must be a date like 2026-03-13' }),
    /** What the source says, or does not say, about how it arrived at the figures; shown on /salaries/ and /about/. */
    method: z.string().min(20, 'method must say in a sentence what the source bases its figures on'),
    /** The ranges, in the order a reader should see them. */
    levels: z.array(salaryLevelSchema).min(1),
  })
  .strict()
  .superRefine(checkReview)
  .refine((d) => new Set(d.levels.map((l) => l.id)).size === d.levels.length, {
    message: 'level ids must be unique',
    path: ['levels'],
  });

export type Salaries = z.infer<typeof salariesSchema>;
export type SalaryLevel = z.infer<typeof salaryLevelSchema>;
