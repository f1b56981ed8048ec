import { z } from 'astro/zod';
import { chapterLinkSchema } from './common';

const score = z.number().min(0).max(100);

/** Settings of the C/O体現度 × 事業貢献 matrix tool (content/data/matrix.yaml). */
export const matrixSchema = z.object({
  /** Where the axes are split into high and low. */
  split: z.object({ co: score, contribution: score }),
  quadrants: z
    .array(z.object({ id: z.enum(['a', 'b', 'c', 'd']), label: z.string().min(1), meaning: z.string().min(1), action: z.string().min(1), link: chapterLinkSchema }))
    .length(4),
  /** Shown until HR enters figures; labelled as an illustration, not data. */
  illustration: z.array(z.object({ label: z.string().min(1), co: score, contribution: score })).min(1),
});

export type MatrixSettings = z.output<typeof matrixSchema>;
