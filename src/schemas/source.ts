import { z } from 'astro/zod';

/** One entry in an article's list of sources. */
export const sourceSchema = z
  .object({
    /** What the source is, as a reader would cite it. */
    title: z.string().min(3, 'a source needs a title'),
    /** Where to find it; omitted for the guide's own source text. */
    url: z.url('source url must be an absolute URL').optional(),
    /** The words on that page that support the claim, quoted exactly as read. */
    passage: z.string().min(20, 'passage must quote at least 20 characters of the source').optional(),
    /** The claim in the article that the passage supports, in a few words. */
    supports: z.string().min(10, 'supports must say which claim the source backs').optional(),
  })
  .strict();

export type Source = z.infer<typeof sourceSchema>;
