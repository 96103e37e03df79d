import { z } from 'astro/zod';

/** How every citation of the guide's own source text begins; it is the one source cited without a URL. */
export const sourceTextTitle = 'ML Engineer Career Guide 2026 (source text)';

/**
 * One entry in a list of sources (an article's, a glossary term's, the salary data's). Anything but the guide's
 * source text is a page someone read: it has an https URL and the words on it that support the claim.
 */
export const sourceSchema = z
  .object({
    /** What the source is, as a reader would cite it: the page's title and who publishes it. */
    title: z.string().min(3, 'a source needs a title'),
    /** The exact page read, over https; omitted only for the guide's own source text. */
    url: z.url({ protocol: /^https$/, error: 'source url must be an absolute https:// URL' }).optional(),
    /** The words on that page that support the claim, quoted exactly as read; required whenever there is a url. */
    passage: z.string().min(20, 'passage must quote at least 20 characters of the source').optional(),
    /** The claim the passage supports, in a few words. */
    supports: z.string().min(10, 'supports must say which claim the source backs').optional(),
  })
  .strict()
  .superRefine((source, ctx) => {
    if (source.url === undefined && !source.title.startsWith(sourceTextTitle)) {
      ctx.addIssue({
        code: 'custom',
        path: ['url'],
        message: `source "${source.title}" needs a url: only the guide's source text ("${sourceTextTitle}, …") is cited without one`,
      });
    }
    if (source.url !== undefined && source.passage === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['passage'],
        message: `source "${source.title}" needs a passage: the words on ${source.url} that support the claim, quoted exactly`,
      });
    }
  });

export type Source = z.infer<typeof sourceSchema>;
