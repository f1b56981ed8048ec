import { z } from 'astro/zod';
import { idSchema, proseSchema } from './common';

const band = z.enum(['low', 'middle', 'high']);
const bands = z.array(band).min(1);

/**
 * When a result sentence is true, read on what the result shows: every key given must hold (AND). A sentence with no
 * condition cannot be written; one that is true of every result says so with `always: true` and nothing else.
 * - segment: the segment shown is one of these ids; label: whether segment and group are shown or withheld;
 * - faces: each named face is in one of the bands; some: at least one of the faces is in one of the bands;
 * - named: every face the sentence names through {face} or {faces} is in one of the bands;
 * - ageBand / reason: whether an age band was given; whether the reason was chosen, inferred or neither;
 * - style: which answer-style findings there are ('none' = none at all);
 * - lists: whether each measure list has entries; answers: the item was answered with one of these values;
 * - stage / allMet / axes / someAxis (organisation check): the stage reached, whether every condition is met,
 *   each named axis (or at least one) being high (at or above the strong mark) or not.
 */
export const sentenceConditionSchema = z
  .object({
    always: z.literal(true).optional(),
    segment: z.array(idSchema).min(1).optional(),
    label: z.enum(['shown', 'withheld']).optional(),
    faces: z.record(idSchema, bands).optional(),
    some: z.object({ faces: z.array(idSchema).min(1), band: bands }).optional(),
    named: bands.optional(),
    ageBand: z.enum(['given', 'missing']).optional(),
    reason: z.array(z.enum(['chosen', 'inferred', 'none'])).min(1).optional(),
    style: z.array(z.enum(['sameAnswer', 'contradictions', 'agreesWithBoth', 'disagreesWithBoth', 'none'])).min(1).optional(),
    lists: z.object({ self: z.enum(['some', 'none']).optional(), consult: z.enum(['some', 'none']).optional(), org: z.enum(['some', 'none']).optional() }).strict().optional(),
    answers: z.record(idSchema, z.array(z.number().int().min(1)).min(1)).optional(),
    stage: z.array(idSchema).min(1).optional(),
    allMet: z.boolean().optional(),
    axes: z.record(idSchema, z.enum(['high', 'notHigh'])).optional(),
    someAxis: z.enum(['high', 'notHigh']).optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    const keys = Object.keys(c).filter((k) => c[k as keyof typeof c] !== undefined);
    if (keys.length === 0) ctx.addIssue({ code: 'custom', message: 'when に、この文が正しくなる条件を1つ以上書いてください（どの結果にも正しい文は always: true）' });
    if (c.always && keys.length > 1) ctx.addIssue({ code: 'custom', path: ['always'], message: 'always: true はほかの条件と一緒に書けません' });
  });

/** One sentence a result can show, in a slot of the result view, with the condition under which it is true. */
export const resultSentenceSchema = z.object({
  /** Where on the result the sentence goes, e.g. `summary`, `reason-none`, `caveat`. */
  slot: idSchema,
  /** The sentence; {name} is filled in by the result view (e.g. {band}, {face}, {faces}, {reason}). */
  text: proseSchema,
  when: sentenceConditionSchema,
});

export type SentenceCondition = z.output<typeof sentenceConditionSchema>;
export type ResultSentence = z.output<typeof resultSentenceSchema>;
