import { z } from 'astro/zod';
import { CYCLE_STEPS, FUDO_GROUPS } from './vocabulary';
import { proseSchema } from './common';

/** A group of the 不動層, in content/data/fudo-groups.yaml. */
export const fudoGroupSchema = z.object({
  id: z.enum(FUDO_GROUPS),
  label: z.string().trim().min(1),
  summary: proseSchema,
  /** 未充足ニーズ: what the group lacks and wants. */
  unmetNeeds: z.array(z.string().trim().min(1)).min(1),
  /** Signs by which a manager can recognise the group. */
  signs: z.array(z.string().trim().min(1)).min(1),
  /** The cycle step to start from. */
  startWith: z.enum(CYCLE_STEPS),
});

export type FudoGroupEntry = z.output<typeof fudoGroupSchema>;
