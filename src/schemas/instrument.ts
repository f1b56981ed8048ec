import { z } from 'astro/zod';
import { idSchema, proseSchema } from './common';

/**
 * A questionnaire (content/data/instruments/*.yaml): Likert items scored by dimension, plus
 * choice questions (age band, stagnation reason…). Used by the employee self-check and the
 * organisation self-check alike; scoring rules that differ between them live in their own data files.
 */
export const likertItemSchema = z.object({
  id: idSchema,
  text: z.string().trim().min(1),
  dimension: idSchema,
  /** Agreement means less of the dimension: scored as (points + 1 − answer). */
  reverse: z.boolean().default(false),
  /**
   * The item of the same dimension, keyed the other way, that this one says the opposite of. Strong agreement
   * (or disagreement) with both is a contradiction the self-check points out.
   */
  opposes: idSchema.optional(),
});

export const choiceOptionSchema = z.object({
  id: idSchema,
  label: z.string().trim().min(1),
});

export const choiceQuestionSchema = z
  .object({
    id: idSchema,
    text: z.string().trim().min(1),
    help: z.string().trim().optional(),
    multiple: z.boolean().default(false),
    /** Whether the questionnaire can be finished without answering. */
    optional: z.boolean().default(false),
    /** Options written here… */
    options: z.array(choiceOptionSchema).min(2).optional(),
    /**
     * …or taken from another data file, so that they are never copied: `ageBands` lists the age bands of
     * content/data/age-bands.yaml; `reasons` lists the stagnation reasons of the band chosen in `dependsOn`.
     */
    source: z.enum(['ageBands', 'reasons']).optional(),
    dependsOn: idSchema.optional(),
  })
  .superRefine((q, ctx) => {
    if (!q.options === !q.source) ctx.addIssue({ code: 'custom', path: ['options'], message: 'options か source のどちらか一方を書いてください' });
    if (q.source === 'reasons' && !q.dependsOn) ctx.addIssue({ code: 'custom', path: ['dependsOn'], message: 'source: reasons には年代の設問 id を dependsOn に書いてください' });
  });

export const dimensionSchema = z.object({
  id: idSchema,
  label: z.string().trim().min(1),
  description: z.string().trim().min(1),
});

export const instrumentSchema = z
  .object({
    /** Bumped whenever items change meaning, order or count: share codes and saved answers carry it. */
    version: z.number().int().positive(),
    title: z.string().trim().min(1),
    description: proseSchema,
    /** How the items were designed, shown on the page (this site's own model). */
    design: proseSchema,
    scale: z.object({
      /** One label per point, from 1 (disagree) upwards. */
      labels: z.array(z.string().trim().min(1)).min(3).max(7),
    }),
    dimensions: z.array(dimensionSchema).min(1),
    items: z.array(likertItemSchema).min(1),
    choices: z.array(choiceQuestionSchema).default([]),
  })
  .superRefine((inst, ctx) => {
    const dims = new Set(inst.dimensions.map((d) => d.id));
    const seen = new Set<string>();
    inst.items.forEach((item, i) => {
      if (!dims.has(item.dimension)) {
        ctx.addIssue({ code: 'custom', path: ['items', i, 'dimension'], message: `dimension "${item.dimension}" は dimensions にありません` });
      }
      if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: ['items', i, 'id'], message: `id "${item.id}" が重複しています` });
      seen.add(item.id);
      if (item.opposes !== undefined) {
        const other = inst.items.find((o) => o.id === item.opposes);
        if (!other) ctx.addIssue({ code: 'custom', path: ['items', i, 'opposes'], message: `opposes "${item.opposes}" は items にありません` });
        // An unknown dimension is reported once, above; the pair is judged only between known dimensions.
        else if (dims.has(item.dimension) && dims.has(other.dimension) && (other.dimension !== item.dimension || other.reverse === item.reverse)) {
          ctx.addIssue({ code: 'custom', path: ['items', i, 'opposes'], message: `opposes "${item.opposes}" は同じ dimension で、向き（reverse）が逆の設問にしてください` });
        }
      }
    });
    inst.choices.forEach((c, i) => {
      if (c.dependsOn && !inst.choices.some((o) => o.id === c.dependsOn)) {
        ctx.addIssue({ code: 'custom', path: ['choices', i, 'dependsOn'], message: `dependsOn "${c.dependsOn}" は choices にありません` });
      }
      if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: ['choices', i, 'id'], message: `id "${c.id}" が重複しています` });
      seen.add(c.id);
    });
  });

export type Instrument = z.output<typeof instrumentSchema>;
export type LikertItem = z.output<typeof likertItemSchema>;
export type ChoiceQuestion = z.output<typeof choiceQuestionSchema>;
