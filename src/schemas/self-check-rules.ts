import { z } from 'astro/zod';
import { FUDO_GROUPS, SUPPORT_STEPS } from '../lib/vocabulary';
import { idSchema, proseSchema } from './common';

const score = z.number().min(0).max(100);

/**
 * How the employee self-check turns dimension scores into a result (content/data/self-check-rules.yaml).
 * All thresholds are this site's own model and live here so an organisation can change them.
 */
export const selfCheckRulesSchema = z
  .object({
    /** Dimensions averaged into C/O体現度. */
    taigenDo: z.object({ dimensions: z.array(idSchema).min(1), note: proseSchema }),
    /** Segments from the highest threshold down; the first whose `min` the 体現度 reaches applies. */
    segments: z
      .array(
        z.object({
          id: idSchema,
          label: z.string().trim().min(1),
          min: score,
          summary: proseSchema,
          /** Which of the four individual steps to recommend for this segment. */
          steps: z.array(z.enum(SUPPORT_STEPS)).min(1),
        }),
      )
      .min(2),
    /** The segment whose members are assigned a 不動層 group (others get a group only as a tendency). */
    fudoSegment: idSchema,
    /**
     * Each group is suggested when its signal falls short of the threshold; the largest shortfall wins.
     * Signal = the mean of the named dimensions.
     */
    groups: z.array(z.object({ id: z.enum(FUDO_GROUPS), dimensions: z.array(idSchema).min(1), threshold: score, why: proseSchema })).length(3),
    /** Dimension that best reflects each stagnation reason: the lowest-scoring one is the likely reason. */
    reasonDimensions: z.record(z.string(), idSchema),
    /** How many measures to list at most. */
    maxMeasures: z.number().int().min(1).max(20),
  })
  .superRefine((r, ctx) => {
    r.segments.forEach((s, i) => {
      const prev = r.segments[i - 1];
      if (prev && s.min >= prev.min) ctx.addIssue({ code: 'custom', path: ['segments', i, 'min'], message: 'segments は min の高い順に並べてください' });
    });
    if (r.segments.at(-1)?.min !== 0) ctx.addIssue({ code: 'custom', path: ['segments'], message: '最後の segment の min は 0 にしてください' });
    if (!r.segments.some((s) => s.id === r.fudoSegment)) ctx.addIssue({ code: 'custom', path: ['fudoSegment'], message: `fudoSegment "${r.fudoSegment}" は segments にありません` });
  });

export type SelfCheckRules = z.output<typeof selfCheckRulesSchema>;
