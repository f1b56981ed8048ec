import { z } from 'astro/zod';
import { idSchema, proseSchema } from './common';

/**
 * One step of the 浸透ステップ (how C/O経営 takes root), in content/data/penetration-steps.yaml.
 * The seed names the steps but not their content: these are this site's own model, labelled so on the page.
 */
export const penetrationStepSchema = z.object({
  id: idSchema,
  /** 1-based position; steps are shown and scored in this order. */
  order: z.number().int().positive(),
  label: z.string().trim().min(1),
  summary: proseSchema,
  /** What an organisation at this step typically looks like. */
  signs: z.array(z.string().trim().min(1)).min(1),
  /** What to work on to reach the next step. */
  nextFocus: z.array(z.string().trim().min(1)).min(1),
});

export type PenetrationStep = z.output<typeof penetrationStepSchema>;
