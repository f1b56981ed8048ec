import { z } from 'astro/zod';
import { idSchema } from './common';
import { resultSentenceSchema } from './result-sentence';

const score = z.number().int().min(0).max(100);

/** One condition of a step: an axis (by id), the mean of the axes, or every axis, at least `min`. */
export const stageConditionSchema = z.object({ of: idSchema, min: score });

/**
 * How the organisation self-check places an organisation on the 浸透ステップ (content/data/org-check-rules.yaml):
 * the stage is the first step whose `done` conditions are not all met. Every condition is a lower bound, so better
 * scores can only move an organisation forward.
 */
export const orgCheckRulesSchema = z.object({
  stages: z.array(z.object({ step: idSchema, done: z.array(stageConditionSchema).min(1) })).min(2),
  /** Axes at or above this are high: no measure aimed only at them is recommended, and they are never weaknesses. */
  strong: score,
  weakItems: z.number().int().min(1).max(10),
  maxMeasures: z.number().int().min(1).max(20),
  /** The same option on at least this share of the items: no stage and no measures, only the scores. */
  answerStyle: z.object({ sameAnswerShare: z.number().gt(0.5).max(1) }),
  /** Every sentence the result view can show, each with the condition under which it is true. */
  sentences: z.array(resultSentenceSchema).min(1),
});

export type OrgCheckRules = z.output<typeof orgCheckRulesSchema>;
export type StageCondition = z.output<typeof stageConditionSchema>;
