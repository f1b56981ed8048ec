import { z } from 'astro/zod';
import { idSchema, proseSchema } from './common';

const shown = z.enum(['shown', 'hidden']);
const allShown = z.enum(['allShown', 'someHidden']);
const largest = z.enum(['one', 'tied']);
const alphaBand = z.enum(['low', 'atOrAbove', 'none']);

/**
 * When a sentence of the team view is true, read on what the team result shows: every key given must hold (AND). As
 * for the self-check (result-sentence.ts), a sentence with no condition cannot be written; one that is true of every
 * result says so with `always: true` and nothing else.
 * - segments / groups: whether every segment (other than 区分なし) or every 不動層 group count of 全体 is shown;
 *   largestSegment / largestGroup: one largest count above 0, or several tied; fudo: 不動層 of 全体 shown and 0 or more;
 * - reach: whether the count of people reached by the measures (「届く」 at or above its limit) is shown;
 * - totals: whether every figure of the 全体 column is shown, or some are hidden by the small-group rules;
 * - people: whether the people's mean scores are shown in the gap view; pair / gap: the gap row's pair and direction;
 * - alpha: whether α is shown (enough people); named: α of every face the sentence names through {faces}, as shown
 *   (low: below the mark; none: not computable); allFaces: α of every face;
 * - change / kind: a round change row's reading (95% interval wholly above or below 0, spanning 0, no interval, no
 *   change shown) and what the row measures.
 */
export const teamConditionSchema = z
  .object({
    always: z.literal(true).optional(),
    segments: allShown.optional(),
    largestSegment: largest.optional(),
    fudo: z.enum(['none', 'some']).optional(),
    groups: allShown.optional(),
    largestGroup: largest.optional(),
    reach: shown.optional(),
    totals: allShown.optional(),
    people: shown.optional(),
    pair: z.array(idSchema).min(1).optional(),
    gap: z.array(z.enum(['orgHigher', 'peopleHigher', 'close'])).min(1).optional(),
    alpha: shown.optional(),
    named: z.array(alphaBand).min(1).optional(),
    allFaces: z.array(alphaBand).min(1).optional(),
    change: z.array(z.enum(['above', 'below', 'spans', 'noInterval', 'none'])).min(1).optional(),
    kind: z.array(z.enum(['share', 'mean', 'alpha'])).min(1).optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    const keys = Object.keys(c).filter((k) => c[k as keyof typeof c] !== undefined);
    if (keys.length === 0) ctx.addIssue({ code: 'custom', message: 'when に、この文が正しくなる条件を1つ以上書いてください（どの結果にも正しい文は always: true）' });
    if (c.always && keys.length > 1) ctx.addIssue({ code: 'custom', path: ['always'], message: 'always: true はほかの条件と一緒に書けません' });
  });

/**
 * One sentence the team view can show, in a slot of the view, with the condition under which it is true. A short
 * label in a table cell (e.g. the direction of a gap) is written as `label` instead of `text`, so the prose lint does
 * not ask it for a full stop; either way the view gets it as `text`.
 */
export const teamSentenceSchema = z
  .object({
    /** Where the sentence goes: `summary`, `gap-hidden`, `gap-direction`, `gap-words`, `alpha`, `change`. */
    slot: idSchema,
    /** The sentence; {name} is filled in by the renderer (src/lib/team/team-sentences.ts). */
    text: proseSchema.optional(),
    label: z.string().trim().min(1).optional(),
    when: teamConditionSchema,
  })
  .superRefine((s, ctx) => {
    if ((s.text === undefined) === (s.label === undefined)) ctx.addIssue({ code: 'custom', path: ['text'], message: 'text（文）か label（表の中の短い語句）のどちらか1つを書いてください' });
  })
  .transform(({ slot, text, label, when }) => ({ slot, text: text ?? label ?? '', when }));

/** content/data/team-sentences.yaml: every sentence of the team view that reads its figures. */
export const teamSentencesSchema = z.object({ sentences: z.array(teamSentenceSchema).min(1) });

export type TeamCondition = z.output<typeof teamConditionSchema>;
export type TeamSentenceSpec = z.output<typeof teamSentenceSchema>;
export type TeamSentences = z.output<typeof teamSentencesSchema>;
