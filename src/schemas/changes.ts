import { z } from 'astro/zod';

/** Characters that would make a change more than plain text: Markdown or HTML. */
const markup = /[<>[\]*_`#|\\]/;

/** One recorded change to a page: the day it was published and one plain sentence saying what changed. */
export const changeSchema = z
  .object({
    /** The day the change was published, like 2026-12-02; never in the future. */
    date: z.coerce.date({ error: 'a change needs a date like 2026-12-02' }).refine((d) => d.getTime() <= Date.now(), {
      error: (issue) => `change dated ${isoDay(issue.input as Date)} is in the future`,
    }),
    /** What changed, in one plain sentence a returning reader understands without the diff. */
    text: z
      .string()
      .min(10, 'a change must say in a sentence what changed')
      .max(200, 'a change is one sentence of at most 200 characters')
      .refine(
        (t) => /^[A-Z0-9]/.test(t) && t.endsWith('.'),
        'a change is one sentence: a capital first, a full stop last',
      )
      .refine((t) => !/[.!?]\s+[A-Z]/.test(t.slice(0, -1)) && !t.includes('\n'), 'a change is one sentence, not two')
      .refine((t) => !markup.test(t), 'a change is plain text, without Markdown or HTML'),
    /** The heading id of the section it touched on that page, when one section is meant; the change then links there
        and the build fails if no heading on the page has that id. */
    section: z
      .string()
      .regex(/^[a-z0-9-]+$/, 'section must be a heading id: lowercase letters, digits and hyphens')
      .optional(),
  })
  .strict();

export type Change = z.infer<typeof changeSchema>;

/** A page's changes, oldest first: appending the newest keeps the history in order. */
export const changesSchema = z
  .array(changeSchema)
  .min(1, 'list at least one change: the day the page was first published')
  .superRefine((changes, ctx) => {
    changes.forEach((change, i) => {
      const before = changes[i - 1];
      if (before && change.date < before.date) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'date'],
          message: `changes go oldest first: ${isoDay(change.date)} comes after ${isoDay(before.date)}`,
        });
      }
    });
  });

/** "2026-12-02" for a date read from the data. */
export const isoDay = (date: Date) => (Number.isNaN(date.getTime()) ? String(date) : date.toISOString().slice(0, 10));

/** For the superRefine of a schema with `changes` and `lastReviewed`: adds each of their reviewProblems. */
export function checkReview(data: { changes: readonly Change[]; lastReviewed: Date }, ctx: z.RefinementCtx): void {
  for (const problem of reviewProblems(data.changes, data.lastReviewed)) ctx.addIssue({ code: 'custom', ...problem });
}

/**
 * Problems between a page's changes and its review date: every review leaves at least one change, so the newest
 * change is dated on or before `lastReviewed` and one of them is dated `lastReviewed`. For a superRefine on the
 * schema that holds both fields.
 */
export function reviewProblems(
  changes: readonly Change[],
  lastReviewed: Date,
): { path: (string | number)[]; message: string }[] {
  const reviewed = isoDay(lastReviewed);
  const newest = changes.at(-1);
  if (!newest) return [];
  if (newest.date > lastReviewed) {
    return [
      {
        path: ['changes', changes.length - 1, 'date'],
        message: `the newest change (${isoDay(newest.date)}) is after lastReviewed (${reviewed}): review the page, then move lastReviewed on`,
      },
    ];
  }
  if (!changes.some((c) => isoDay(c.date) === reviewed)) {
    return [
      {
        path: ['changes'],
        message: `no change is dated lastReviewed (${reviewed}): say in a sentence what that review changed, or that it checked the page against its sources`,
      },
    ];
  }
  return [];
}
