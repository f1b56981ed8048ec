import { z } from 'astro/zod';
import { AGE_BANDS, FUDO_GROUPS } from '../lib/vocabulary';
import { idSchema, proseSchema } from './common';

/**
 * A printable 1on1 / キャリア面談 question sheet, in content/data/talk-sheets.yaml. Each sheet is written for
 * exactly one 不動層 group or one age band; the sheet shows that group's unmet needs or that band's stagnation
 * reasons from their own data files, so the sheet itself holds only the questions.
 */
export const talkSheetSchema = z
  .object({
    id: idSchema,
    /** Position in the file, set by the loader so lists keep the authors' order. */
    position: z.number().int().nonnegative().default(0),
    fudoGroup: z.enum(FUDO_GROUPS).optional(),
    ageBand: z.enum(AGE_BANDS).optional(),
    /** What the talk is for, in one or two sentences. */
    purpose: proseSchema,
    /** The questions, in the order they are asked. Five fit on one A4 page with room to write. */
    questions: z.array(z.string().trim().min(1)).min(3).max(6),
    /** What the interviewer should keep in mind or avoid. */
    cautions: z.array(z.string().trim().min(1)).min(1).max(3),
  })
  .superRefine((s, ctx) => {
    if (Boolean(s.fudoGroup) === Boolean(s.ageBand)) {
      ctx.addIssue({
        code: 'custom',
        path: ['fudoGroup'],
        message: 'シートごとに fudoGroup（reach / grow / apply）か ageBand（young / middle / senior）のどちらか1つだけを書いてください',
      });
    }
  });

export type TalkSheet = z.output<typeof talkSheetSchema>;
