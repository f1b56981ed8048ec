import { z } from 'astro/zod';
import { AGE_BANDS, CYCLE_STEPS, FRAMES, FUDO_GROUPS, MEASURE_ACTIONS, OWNERS, PERSPECTIVES, SUPPORT_STEPS } from '../lib/vocabulary';
import { chapterLinkSchema, idSchema, proseSchema } from './common';

/**
 * One measure (施策) of the catalogue in content/data/measures.yaml.
 * A measure aimed at an age band carries a 4-step `step`; one aimed at a 不動層 group carries a `cycle` step.
 * Chapters, the filterable table and every diagnostic pick measures from this one list.
 */
export const measureSchema = z
  .object({
    id: idSchema,
    /** Position in the file, set by the loader so lists keep the authors' order. */
    position: z.number().int().nonnegative().default(0),
    /** Short name, as shown in tables and result lists. */
    title: z.string().trim().min(1),
    /** One or two sentences: what is done, by whom, with what aim. */
    summary: proseSchema,
    perspective: z.enum(PERSPECTIVES),
    frames: z.array(z.enum(FRAMES)).min(1),
    owners: z.array(z.enum(OWNERS)).min(1),
    /** Age bands the measure is for (個人視点). */
    ageBands: z.array(z.enum(AGE_BANDS)).default([]),
    /** Stagnation-reason ids (content/data/age-bands.yaml) the measure answers. */
    reasons: z.array(idSchema).default([]),
    /** Step of 「知る」「理解を深める」「さらに理解を深める」「実践を支援する」. */
    step: z.enum(SUPPORT_STEPS).optional(),
    /** 不動層 groups the measure is for (組織視点). */
    groups: z.array(z.enum(FUDO_GROUPS)).default([]),
    /** Step of the growth cycle 「知る」「気づく」「拡げる」. */
    cycle: z.enum(CYCLE_STEPS).optional(),
    /** 浸透ステップ ids (content/data/penetration-steps.yaml) at which an organisation-wide measure fits best. */
    stages: z.array(idSchema).default([]),
    /**
     * For measures the self-check recommends (those with ageBands or groups): `self` — the employee can do it alone
     * (「自分でできること」); `consult` — it needs the company or manager, so the employee can ask for it
     * (「会社や上司に相談できること」).
     */
    action: z.enum(MEASURE_ACTIONS).optional(),
    /**
     * For `consult` measures the self-check may list: what the employee can ask for, phrased as such. A consult measure
     * without it is a company policy for the HR pages and never appears on an employee's result.
     */
    ask: proseSchema.optional(),
    /** Self-check item answers the measure needs (item id → the answers that allow it), e.g. `{ r5: [3, 4, 5] }`. */
    requires: z.record(idSchema, z.array(z.number().int().min(1)).min(1)).default({}),
    /** Self-check item answers that rule the measure out, e.g. `{ r5: [1, 2] }` (no one to consult). */
    excludes: z.record(idSchema, z.array(z.number().int().min(1)).min(1)).default({}),
    /** Where the guide explains it: chapter slug and heading anchor. */
    link: chapterLinkSchema,
  })
  .superRefine((m, ctx) => {
    if (m.ageBands.length > 0 && !m.step) {
      ctx.addIssue({ code: 'custom', path: ['step'], message: 'ageBands を持つ施策には step（know/understand/deepen/practice）が必要です' });
    }
    if (m.groups.length > 0 && !m.cycle) {
      ctx.addIssue({ code: 'custom', path: ['cycle'], message: 'groups を持つ施策には cycle（know/notice/expand）が必要です' });
    }
    if ((m.ageBands.length > 0 || m.groups.length > 0) && !m.action) {
      ctx.addIssue({ code: 'custom', path: ['action'], message: '自己診断ですすめる施策（ageBands か groups を持つもの）には action（self: 自分でできること / consult: 会社や上司に相談できること）が必要です' });
    }
    if (m.ask && m.action !== 'consult') {
      ctx.addIssue({ code: 'custom', path: ['ask'], message: 'ask（本人が頼めることの言い方）は action: consult の施策にだけ書いてください' });
    }
    if (m.action === 'self' && !m.owners.includes('self')) {
      ctx.addIssue({ code: 'custom', path: ['owners'], message: 'action: self の施策は owners に self（本人）を含めてください' });
    }
  });

export type Measure = z.output<typeof measureSchema>;
