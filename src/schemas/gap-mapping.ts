import { z } from 'astro/zod';
import { chapterLinkSchema, idSchema } from './common';

/**
 * Which face of the employee self-check is set beside which axis of the organisation self-check in the team
 * view's gap view (content/data/gap-mapping.yaml). The words for each direction of a gap are sentences of
 * content/data/team-sentences.yaml (slot gap-words), each with its pair and direction as its condition.
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
      }),
    )
    .min(1),
});

export type GapMapping = z.output<typeof gapMappingSchema>;
