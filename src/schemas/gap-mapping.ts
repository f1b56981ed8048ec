import { z } from 'astro/zod';
import { chapterLinkSchema, idSchema, proseSchema } from './common';

/**
 * Which face of the employee self-check is set beside which axis of the organisation self-check in the team
 * view's gap view (content/data/gap-mapping.yaml), with the plain words shown for each direction of a gap.
 */
export const gapMappingSchema = z.object({
  /** A difference of at least this many points (0–100) counts as a gap. */
  threshold: z.number().min(1).max(100),
  pairs: z
    .array(
      z.object({
        id: idSchema,
        org: idSchema,
        people: idSchema,
        label: z.string().trim().min(1),
        link: chapterLinkSchema,
        orgHigher: proseSchema,
        peopleHigher: proseSchema,
        close: proseSchema,
      }),
    )
    .min(1),
});

export type GapMapping = z.output<typeof gapMappingSchema>;
