import { z } from 'astro/zod';

/** Frontmatter of a guide page in `content/guide/`. */
export const guidePageSchema = z
  .object({
    /** The page's heading and the first part of its `<title>`. */
    title: z.string().min(3),
    /** Shorter title for the navigation; defaults to `title`. */
    navTitle: z.string().min(2).optional(),
    /** Used for the meta description and link previews. */
    description: z.string().min(40).max(200),
    /** Position in the guide's reading order (contents, previous/next). */
    order: z.number().int().min(0),
  })
  .strict();

export type GuidePage = z.infer<typeof guidePageSchema>;
