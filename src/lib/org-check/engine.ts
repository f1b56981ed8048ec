/**
 * The organisation self-check: axis scores for 見える・増やす・つなぐ, the stage on the 浸透ステップ (the first step
 * whose written conditions are not met), the weakest link and the organisation-wide measures to take first, starting
 * from the weakest axis and never aimed only at an axis already high. Rules from content/data/org-check-rules.yaml.
 * Pure and deterministic.
 */
import type { Instrument } from '../../schemas/instrument';
import type { Measure } from '../../schemas/measure';
import type { OrgCheckRules, StageCondition } from '../../schemas/org-check-rules';
import type { PenetrationStep } from '../../schemas/penetration-step';
import { unanswered, type AnswerSet } from '../answers';
import { isValidAnswer, keyedValue, meanOf, scalePoints, scoreDimensions, type DimensionScore } from '../likert';

/** What the questions need: the instrument alone. */
export interface OrgCheckQuestionData {
  instrumentId: string;
  instrument: Instrument;
}

/** What only a result needs; the questionnaire fetches it with the result's code. */
export interface OrgCheckResultData {
  rules: OrgCheckRules;
  steps: PenetrationStep[];
  measures: Measure[];
}

export interface OrgCheckData extends OrgCheckQuestionData, OrgCheckResultData {}

export interface WeakItem {
  itemId: string;
  text: string;
  dimension: string;
  answerLabel: string;
}

export interface ConditionCheck extends StageCondition {
  /** The shown value the condition was read on. */
  value: number;
  met: boolean;
}

export interface OrgDiagnosis {
  complete: boolean;
  missing: string[];
  axes: DimensionScore[];
  /** Mean of the axes, 0–100, a whole number. */
  mean: number;
  /** The first step whose conditions are not all met (or the last step when every condition is met). */
  stage: PenetrationStep;
  /** The stage's conditions as read on the shown scores. */
  conditions: ConditionCheck[];
  /** True when even the last step's conditions are met. */
  allMet: boolean;
  next: PenetrationStep | null;
  /** The one axis strictly lower than the others and not high; null on a tie or when every axis is high. */
  weakestAxis: DimensionScore | null;
  /** Axes sharing the lowest score when that is a tie below the high mark (never called the weakest). */
  tiedLowest: DimensionScore[];
  weakItems: WeakItem[];
  measures: Measure[];
  role: string | null;
  /** The option chosen on nearly every item, when that is the case. */
  sameAnswer: { label: string; count: number; of: number } | null;
  /** False when the way of answering makes the stage unsafe: the page then shows the scores alone, no measures. */
  labelShown: boolean;
}

/** Organisation-wide measures: not aimed at an age band or a 不動層 group. */
export const isOrganisationMeasure = (m: Measure) => m.ageBands.length === 0 && m.groups.length === 0;

/** The value a condition reads: an axis score, the mean, or the lowest axis for `each`. */
export function conditionValue(cond: StageCondition, axes: readonly DimensionScore[], mean: number): number {
  if (cond.of === 'mean') return mean;
  if (cond.of === 'each') return Math.min(...axes.map((a) => a.score ?? 0));
  return axes.find((a) => a.id === cond.of)?.score ?? 0;
}

export function placeOnSteps(rules: OrgCheckRules, steps: readonly PenetrationStep[], axes: readonly DimensionScore[]) {
  const mean = meanOf(axes, axes.map((a) => a.id)) ?? 0;
  const sorted = [...steps].sort((a, b) => a.order - b.order);
  const check = (done: readonly StageCondition[]) => done.map((c) => ({ ...c, value: conditionValue(c, axes, mean), met: conditionValue(c, axes, mean) >= c.min }));
  for (const s of rules.stages) {
    const conditions = check(s.done);
    if (conditions.some((c) => !c.met)) return { stage: sorted.find((x) => x.id === s.step) ?? sorted[0]!, conditions, allMet: false };
  }
  const last = rules.stages.at(-1)!;
  return { stage: sorted.find((x) => x.id === last.step) ?? sorted.at(-1)!, conditions: check(last.done), allMet: true };
}

export function diagnoseOrg(data: OrgCheckData, set: AnswerSet): OrgDiagnosis {
  const axes = scoreDimensions(data.instrument, set.answers);
  const mean = meanOf(axes, axes.map((a) => a.id)) ?? 0;
  const { stage, conditions, allMet } = placeOnSteps(data.rules, data.steps, axes);
  const ordered = [...data.steps].sort((a, b) => a.order - b.order);
  const next = allMet ? null : (ordered[ordered.findIndex((s) => s.id === stage.id) + 1] ?? null);
  const high = (id: string) => (axes.find((a) => a.id === id)?.score ?? 0) >= data.rules.strong;
  const scored = axes.filter((a) => a.score !== null);
  const low = Math.min(...scored.map((a) => a.score as number));
  const lowest = scored.filter((a) => a.score === low && !high(a.id));
  const weakestAxis = lowest.length === 1 && scored.length > 1 ? lowest[0]! : null;
  const tiedLowest = lowest.length > 1 ? lowest : [];
  // Rank of each axis that is not high, weakest first; equal scores share a rank.
  const rank = (id: string) => {
    const a = scored.find((x) => x.id === id);
    if (!a || high(id)) return Infinity;
    return new Set(scored.filter((x) => !high(x.id) && (x.score as number) < (a.score as number)).map((x) => x.score)).size;
  };
  const points = scalePoints(data.instrument);
  const labels = data.instrument.scale.labels;
  const weakItems = data.instrument.items
    .filter((i) => set.answers[i.id] !== undefined && !high(i.dimension))
    .map((i) => ({ i, keyed: keyedValue(set.answers[i.id]!, i.reverse, points) }))
    .filter((x) => x.keyed <= Math.ceil(points / 2))
    .sort((a, b) => rank(a.i.dimension) - rank(b.i.dimension) || a.keyed - b.keyed)
    .slice(0, data.rules.weakItems)
    .map(({ i }) => ({ itemId: i.id, text: i.text, dimension: i.dimension, answerLabel: labels[set.answers[i.id]! - 1] ?? '' }));
  const stageFit = (m: Measure) => (m.stages.includes(stage.id) ? 0 : next && m.stages.includes(next.id) ? 1 : 2);
  const measures = data.measures
    .filter(isOrganisationMeasure)
    // Never recommend what already scores high: a measure aimed only at high axes is left out.
    .filter((m) => !m.frames.every(high))
    .map((m, order) => ({ m, axis: Math.min(...m.frames.map(rank)), fit: stageFit(m), order }))
    .sort((a, b) => a.axis - b.axis || a.fit - b.fit || a.order - b.order)
    .slice(0, data.rules.maxMeasures)
    .map((x) => x.m);
  const missing = unanswered(set, data.instrument);
  const sameAnswer = sameAnswerOf(data, set);
  const labelShown = sameAnswer === null;
  return {
    complete: missing.length === 0,
    missing,
    axes,
    mean,
    stage,
    conditions,
    allMet,
    next,
    weakestAxis,
    tiedLowest,
    weakItems: labelShown ? weakItems : [],
    measures: labelShown ? measures : [],
    role: set.choices.role?.[0] ?? null,
    sameAnswer,
    labelShown,
  };
}

/** The same option on at least the rules' share of a full set of answers (straight-lining), else null. */
function sameAnswerOf(data: OrgCheckData, set: AnswerSet): OrgDiagnosis['sameAnswer'] {
  const points = scalePoints(data.instrument);
  const given = data.instrument.items.map((i) => set.answers[i.id]).filter((a): a is number => isValidAnswer(a, points));
  if (given.length !== data.instrument.items.length || given.length === 0) return null;
  for (let v = 1; v <= points; v++) {
    const count = given.filter((a) => a === v).length;
    if (count / given.length >= data.rules.answerStyle.sameAnswerShare) return { label: data.instrument.scale.labels[v - 1] ?? String(v), count, of: given.length };
  }
  return null;
}
