import { z } from 'astro/zod';
import { AGE_BANDS } from './vocabulary';
import { idSchema, proseSchema } from './common';

/** A stagnation reason (停滞理由) of one age band. */
export const stagnationReasonSchema = z.object({
  id: idSchema,
  label: z.string().trim().min(1),
  description: proseSchema,
  /** What a manager or the person may notice. */
  signs: z.array(z.string().trim().min(1)).default([]),
});

/** An age band of the 個人視点, in content/data/age-bands.yaml. */
export const ageBandSchema = z.object({
  id: z.enum(AGE_BANDS),
  label: z.string().trim().min(1),
  ages: z.string().trim().min(1),
  summary: proseSchema,
  reasons: z.array(stagnationReasonSchema).min(1),
});

export type AgeBandEntry = z.output<typeof ageBandSchema>;
export type StagnationReason = z.output<typeof stagnationReasonSchema>;
