import { z } from 'astro/zod';
import { idSchema } from './common';

const score = z.number().min(0).max(100);

/**
 * How the organisation self-check places an organisation on the 浸透ステップ (content/data/org-check-rules.yaml).
 * Every condition is a lower bound, so better scores can only move an organisation forward.
 */
export const orgCheckRulesSchema = z
  .object({
    stages: z
      .array(
        z.object({
          step: idSchema,
          /** Mean of the three axes at least this. */
          minMean: score,
          /** Every axis at least this. */
          minEach: score,
          /** Named axes at least this. */
          minAxis: z.record(z.string(), score).default({}),
        }),
      )
      .min(2),
    weakItems: z.number().int().min(1).max(10),
    maxMeasures: z.number().int().min(1).max(20),
  })
  .superRefine((r, ctx) => {
    if (r.stages[0]!.minMean !== 0 || r.stages[0]!.minEach !== 0 || Object.keys(r.stages[0]!.minAxis).length) {
      ctx.addIssue({ code: 'custom', path: ['stages', 0], message: '最初の段階は条件なし（minMean: 0, minEach: 0）にしてください' });
    }
  });

export type OrgCheckRules = z.output<typeof orgCheckRulesSchema>;
