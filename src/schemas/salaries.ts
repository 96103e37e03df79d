import { z } from 'astro/zod';

/** One salary range, for one level or one kind of employer. */
export const salaryLevelSchema = z
  .object({
    /** Stable id that articles cite, e.g. <Salary id="entry" />. */
    id: z.string().regex(/^[a-z0-9-]+$/, 'id must be lowercase letters, digits and hyphens'),
    /** What the range describes, in a reader's words. */
    label: z.string().min(3),
    /** Base salary, or total compensation including equity and bonus. */
    basis: z.enum(['base', 'total'], { error: 'basis must be "base" or "total"' }),
    /** Bottom of the range, in whole currency units per year. */
    min: z.number().int().positive(),
    /** Top of the range; omitted when the source gives only a floor. */
    max: z.number().int().positive().optional(),
    /** True when the source says the range goes higher ("$350,000+"). */
    openEnded: z.boolean().default(false),
    /** One sentence of context shown beside the figure. */
    note: z.string().min(10),
  })
  .strict()
  .refine((l) => l.max === undefined || l.max > l.min, { message: 'max must be above min', path: ['max'] })
  .refine((l) => l.max !== undefined || l.openEnded, {
    message: 'a range without max must be openEnded',
    path: ['openEnded'],
  });

/** A dated, sourced set of salary ranges for one region. */
export const salariesSchema = z
  .object({
    /** Entry id, "<region>-<year>", which the content loader adds. */
    id: z.string().optional(),
    /** Region the figures hold for, e.g. US. */
    region: z.string().min(2),
    /** Year the figures describe. */
    year: z.number().int().min(2000).max(2100),
    /** When a person last checked the figures against the source. */
    lastReviewed: z.coerce.date({ error: 'lastReviewed must be a date like 2026-11-26' }).optional(),
    /** ISO currency code. */
    currency: z.string().length(3),
    /** Where the figures come from. */
    source: z.object({ title: z.string().min(3), url: z.url().optional() }),
    /** The ranges, in the order a reader should see them. */
    levels: z.array(salaryLevelSchema).min(1),
  })
  .strict()
  .refine((d) => new Set(d.levels.map((l) => l.id)).size === d.levels.length, {
    message: 'level ids must be unique',
    path: ['levels'],
  });

export type Salaries = z.infer<typeof salariesSchema>;
export type SalaryLevel = z.infer<typeof salaryLevelSchema>;
