import { z } from 'astro/zod';
import { changesSchema, checkReview } from './changes';
import { dimensionIds, ladderProblems, pointKinds, type DimensionId } from '../lib/ladder';
import { stages } from '../site.config';

/** The five rungs of the ladder; "aspiring" is a search filter, not a stage with its own page. */
export const ladderStageIds = stages.filter((s) => s !== 'aspiring') as Exclude<(typeof stages)[number], 'aspiring'>[];

const slug = z.string().regex(/^[a-z0-9-]+$/, 'ids are lowercase letters, digits and hyphens');

/** One expectation; its id lets a higher stage replace it and the comparison match it across stages. */
export const pointSchema = z
  .object({
    /** Stable id, unique across the whole ladder. */
    id: slug,
    /** The expectation, as one short sentence. */
    text: z.string().min(10, 'a point needs a sentence of at least 10 characters'),
    /** Ids from content/data/skills.yaml this expectation relies on. */
    skills: z.array(slug).default([]),
    /** "hands-on" for work at the keyboard (never on the management track), "first-year" for first-year learning (only the first rung, and never carried up). */
    kind: z.enum(pointKinds, { error: `kind must be one of: ${pointKinds.join(', ')}` }).optional(),
    /** False for an expectation that belongs to this level alone, such as a first architectural decision: the stages above do not inherit it. */
    carriesUp: z.boolean().default(true),
    /** Ids of expectations the stage inherits that this one supersedes; from this stage up they no longer show. */
    replaces: z.array(slug).default([]),
  })
  .strict();

/** One dimension of a stage: a headline and the expectations this stage adds. */
export const dimensionSchema = z
  .object({
    /** The dimension at this stage in one sentence. */
    summary: z.string().min(10),
    /** Expectations this stage adds to what it inherits (the management track inherits nothing). */
    adds: z.array(pointSchema).default([]),
  })
  .strict();

/** One career stage, rendered at /stages/<id>/. */
export const stageSchema = z
  .object({
    /** URL segment and stable id; one of the stages in src/site.config.ts. */
    id: z.enum(ladderStageIds, { error: `stage id must be one of: ${ladderStageIds.join(', ')}` }),
    /** Page title, e.g. "Junior ML engineer". */
    title: z.string().min(3).max(60),
    /** Short name for the ladder drawing, selects and tables. */
    label: z.string().min(3).max(24),
    /** The individual-contributor ladder or the management track. */
    track: z.enum(['individual', 'management'], { error: 'track must be "individual" or "management"' }),
    /** Individual track: the stage this one grows from and inherits from; omitted for the first rung. */
    below: z.enum(ladderStageIds, { error: `below must be one of: ${ladderStageIds.join(', ')}` }).optional(),
    /** Management track: the individual-track stages people move across from; it inherits nothing from them. */
    reachedFrom: z
      .array(z.enum(ladderStageIds, { error: `reachedFrom lists stages from: ${ladderStageIds.join(', ')}` }))
      .min(1, 'reachedFrom names at least one stage')
      .optional(),
    /** Typical experience, e.g. "0–2 years"; a rough guide, not a rule. */
    years: z.string().min(3),
    /** The unit of work the stage is trusted with, e.g. "A task". */
    trustedWith: z.string().min(3),
    /** The question the stage answers, e.g. "How do I build this well?". */
    question: z.string().min(10).endsWith('?', 'question must end with a question mark'),
    /** One sentence for the page description and the stage list. */
    summary: z
      .string()
      .min(50, 'summary must be at least 50 characters')
      .max(160, 'summary must be at most 160 characters'),
    /** The career-path section that covers this stage in depth. */
    see: z.string().regex(/^\/guide\/[a-z-]+\/#[a-z0-9-]+$/, 'see must look like /guide/<article>/#<section>'),
    /** Scope, ownership, technical expectations, impact, and people, in that order. */
    dimensions: z.object(
      Object.fromEntries(dimensionIds.map((d) => [d, dimensionSchema])) as {
        [K in DimensionId]: typeof dimensionSchema;
      },
    ),
    /** What to put your effort into at this stage. */
    focus: z.array(z.string().min(10)).min(1, 'list at least one thing to focus on'),
    /** Signs you are ready for the next step; the page's checklist. */
    readySigns: z.array(z.string().min(10)).min(2, 'list at least two signs of readiness'),
    /** The typical next step, in a sentence; the stages it leads to follow from the others' below and reachedFrom. */
    next: z.string().min(10, 'next must say the next step in a sentence'),
    /** A concrete piece of work at this stage. */
    example: z.string().min(20).optional(),
    /** A caveat worth reading before the details. */
    note: z.string().min(20).optional(),
    /** Level ids from content/data/salaries.yaml that apply to this stage. */
    salaries: z.array(slug).default([]),
  })
  .strict();

/** The whole ladder: every stage, in order from the first rung. */
export const ladderSchema = z
  .object({
    /** Entry id, which the content loader adds. */
    id: z.string().optional(),
    /** When a person last checked the stages against their sources. */
    lastReviewed: z.coerce.date({ error: 'lastReviewed must be a date like 2026-11-26' }),
    /** What changed and when, oldest first; shown on the pages built from this file and on /changes/. */
    changes: changesSchema,
    /** The stages, first rung first; a stage comes after the stage it grows from. */
    stages: z.array(stageSchema).min(1),
  })
  .strict()
  .superRefine(checkReview)
  .superRefine((ladder, ctx) => {
    const missing = ladderStageIds.filter((id) => !ladder.stages.some((s) => s.id === id));
    if (missing.length) {
      ctx.addIssue({ code: 'custom', path: ['stages'], message: `the ladder is missing: ${missing.join(', ')}` });
    }
    for (const { path, message } of ladderProblems(ladder.stages)) {
      ctx.addIssue({ code: 'custom', path: ['stages', ...path], message });
    }
  });

export type Ladder = z.infer<typeof ladderSchema>;
export type Stage = z.infer<typeof stageSchema>;
export type StageId = Stage['id'];
export type Point = z.infer<typeof pointSchema>;
