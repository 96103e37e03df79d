import { z } from 'astro/zod';
import { changesSchema, checkReview } from './changes';

const slug = z.string().regex(/^[a-z0-9-]+$/, 'ids are lowercase letters, digits and hyphens');
const section = z.string().regex(/^\/guide\/[a-z-]+\/#[a-z0-9-]+$/, 'see must look like /guide/<article>/#<section>');

/** One skill a reader can mark in the self-check. */
export const skillSchema = z
  .object({
    /** Stable id, stored in readers' browsers and shared links: never rename it. */
    id: slug.max(24, 'skill ids stay short: they travel in shared links'),
    /** The skill's name, as a heading. */
    name: z.string().min(2).max(60),
    /** Why it matters on the job, in one sentence. */
    why: z.string().min(20).max(200, 'why must be one sentence of at most 200 characters'),
    /** How to show it to a hiring manager, in one sentence. */
    show: z.string().min(20).max(200, 'show must be one sentence of at most 200 characters'),
    /** The section of the guide that covers the skill. */
    see: section,
  })
  .strict();

/** A group of skills, e.g. the must-haves. */
export const skillGroupSchema = z
  .object({
    /** Stable id of the group. */
    id: slug,
    /** The group's heading. */
    title: z.string().min(3).max(60),
    /** One sentence on what the group is. */
    summary: z.string().min(20).max(200),
    /** The section of the guide that covers the group. */
    see: section,
    /** The skills, in reading order. */
    skills: z.array(skillSchema).min(1, 'a group needs at least one skill'),
  })
  .strict();

/** Every skill in the self-check, by group. */
export const skillsSchema = z
  .object({
    /** Entry id, which the content loader adds. */
    id: z.string().optional(),
    /** When a person last checked the skills against their sources. */
    lastReviewed: z.coerce.date({ error: 'lastReviewed must be a date like 2026-11-26' }),
    /** What changed and when, oldest first; shown on the pages built from this file and on /changes/. */
    changes: changesSchema,
    /** The groups, in reading order. */
    groups: z.array(skillGroupSchema).min(1),
  })
  .strict()
  .superRefine(checkReview)
  .superRefine((data, ctx) => {
    const seen = new Set<string>();
    data.groups.forEach((group, g) =>
      group.skills.forEach((skill, s) => {
        if (seen.has(skill.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['groups', g, 'skills', s, 'id'],
            message: `skill id "${skill.id}" is used twice`,
          });
        }
        seen.add(skill.id);
      }),
    );
    const groupIds = data.groups.map((g) => g.id);
    if (new Set(groupIds).size !== groupIds.length) {
      ctx.addIssue({ code: 'custom', path: ['groups'], message: 'group ids must be unique' });
    }
  });

export type Skills = z.infer<typeof skillsSchema>;
export type SkillGroup = z.infer<typeof skillGroupSchema>;
export type Skill = z.infer<typeof skillSchema>;
