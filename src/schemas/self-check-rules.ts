import { z } from 'astro/zod';
import { FUDO_GROUPS, SUPPORT_STEPS } from '../lib/vocabulary';
import { idSchema, proseSchema } from './common';
import { resultSentenceSchema, sentenceConditionSchema } from './result-sentence';

const score = z.number().int().min(0).max(100);

/**
 * How the employee self-check turns face scores into a result (content/data/self-check-rules.yaml).
 * All thresholds are this site's own model and live here so an organisation can change them.
 */
export const selfCheckRulesSchema = z
  .object({
    /** Faces averaged into C/O体現度. */
    taigenDo: z.object({ dimensions: z.array(idSchema).min(1), note: proseSchema }),
    /** Per face: below `limit` is 低め, from `strong` up is 高い; one plain sentence for each band. */
    faces: z
      .array(
        z.object({
          id: idSchema,
          limit: score,
          strong: score,
          reading: z.object({ low: proseSchema, middle: proseSchema, high: proseSchema }),
        }),
      )
      .min(1),
    /** Segments from the highest threshold down; the first whose `min` the 体現度 reaches applies. */
    segments: z
      .array(
        z.object({
          id: idSchema,
          /** The guide's term, for HR. */
          label: z.string().trim().min(1),
          /** Neutral words for the person the result is about. */
          person: z.string().trim().min(1),
          min: score,
          /** Which of the four individual steps to recommend for this segment. */
          steps: z.array(z.enum(SUPPORT_STEPS)).min(1),
        }),
      )
      .min(2),
    /** The segment whose members are assigned a 不動層 group (others get a group only as a tendency). */
    fudoSegment: idSchema,
    /**
     * Ordered rules: the first group any of whose `when` faces is below its limit applies. A later group's `why`
     * may therefore take the earlier groups' faces as at or above their limits.
     */
    groups: z
      .array(z.object({ id: z.enum(FUDO_GROUPS), when: z.array(idSchema).min(1), why: z.object({ text: proseSchema, when: sentenceConditionSchema }) }))
      .length(3),
    /** Face behind each stagnation reason: a reason is inferred only when its face is below its limit. */
    reasonDimensions: z.record(z.string(), idSchema),
    /** When the way of answering makes the scores hard to read. */
    answerStyle: z.object({
      sameAnswerShare: z.number().gt(0.5).max(1),
      contradictionGap: z.number().int().min(1),
      contradictionPairs: z.number().int().min(1),
      /** Mean, over the opposing pairs, of how far both were agreed with (+) or disagreed with (−), from −2 to +2. */
      acquiescence: z.number().gt(0).max(2),
    }),
    /** How many measures to list at most, per list. */
    maxMeasures: z.object({ self: z.number().int().min(1).max(20), consult: z.number().int().min(1).max(20) }),
    /** Every sentence the result view can show, each with the condition under which it is true. */
    sentences: z.array(resultSentenceSchema).min(1),
  })
  .superRefine((r, ctx) => {
    r.segments.forEach((s, i) => {
      const prev = r.segments[i - 1];
      if (prev && s.min >= prev.min) ctx.addIssue({ code: 'custom', path: ['segments', i, 'min'], message: 'segments は min の高い順に並べてください' });
    });
    if (r.segments.at(-1)?.min !== 0) ctx.addIssue({ code: 'custom', path: ['segments'], message: '最後の segment の min は 0 にしてください' });
    const fudo = r.segments.findIndex((s) => s.id === r.fudoSegment);
    if (fudo < 0) ctx.addIssue({ code: 'custom', path: ['fudoSegment'], message: `fudoSegment "${r.fudoSegment}" は segments にありません` });
    r.faces.forEach((f, i) => {
      if (f.strong <= f.limit) ctx.addIssue({ code: 'custom', path: ['faces', i, 'strong'], message: 'strong は limit より大きくしてください' });
    });
    const faceIds = new Set(r.faces.map((f) => f.id));
    r.groups.forEach((g, i) =>
      g.when.forEach((id, j) => {
        if (!faceIds.has(id)) ctx.addIssue({ code: 'custom', path: ['groups', i, 'when', j], message: `面 "${id}" は faces にありません` });
      }),
    );
    // A 不動層 result must always find its group: its 体現度 is below the next segment's min, so some 体現度 face is
    // below that too; that face must then be below its limit.
    const upper = fudo > 0 ? r.segments[fudo - 1]!.min : undefined;
    r.taigenDo.dimensions.forEach((id, j) => {
      const face = r.faces.find((f) => f.id === id);
      if (!face) ctx.addIssue({ code: 'custom', path: ['taigenDo', 'dimensions', j], message: `面 "${id}" は faces にありません` });
      else if (!r.groups.some((g) => g.when.includes(id))) {
        ctx.addIssue({ code: 'custom', path: ['taigenDo', 'dimensions', j], message: `面 "${id}" はどの群の when にもありません。不動層の人に群が決まらなくなります` });
      } else if (upper !== undefined && face.limit < upper) {
        ctx.addIssue({ code: 'custom', path: ['faces', r.faces.indexOf(face), 'limit'], message: `limit は不動層の上限（${upper}）以上にしてください。不動層の人に群が決まらなくなります` });
      }
    });
  });

export type SelfCheckRules = z.output<typeof selfCheckRulesSchema>;
