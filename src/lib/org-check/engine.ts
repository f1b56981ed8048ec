/**
 * The organisation self-check: axis scores for 見える・増やす・つなぐ, the stage on the 浸透ステップ, the
 * weakest links and the organisation-wide measures to take first. Rules from content/data/org-check-rules.yaml.
 * Pure and deterministic.
 */
import type { Instrument } from '../../schemas/instrument';
import type { Measure } from '../../schemas/measure';
import type { OrgCheckRules } from '../../schemas/org-check-rules';
import type { PenetrationStep } from '../../schemas/penetration-step';
import { unanswered, type AnswerSet } from '../answers';
import { keyedValue, meanOf, scalePoints, scoreDimensions, type DimensionScore } from '../likert';

export interface OrgCheckData {
  instrumentId: string;
  instrument: Instrument;
  rules: OrgCheckRules;
  steps: PenetrationStep[];
  measures: Measure[];
}

export interface WeakItem {
  itemId: string;
  text: string;
  dimension: string;
  answerLabel: string;
}

export interface OrgDiagnosis {
  complete: boolean;
  missing: string[];
  axes: DimensionScore[];
  /** Mean of the axes, 0–100. */
  mean: number;
  stage: PenetrationStep;
  next: PenetrationStep | null;
  weakestAxis: DimensionScore | null;
  weakItems: WeakItem[];
  measures: Measure[];
  role: string | null;
}

/** Organisation-wide measures: not aimed at an age band or a 不動層 group. */
export const isOrganisationMeasure = (m: Measure) => m.ageBands.length === 0 && m.groups.length === 0;

export function placeOnSteps(rules: OrgCheckRules, steps: readonly PenetrationStep[], axes: readonly DimensionScore[]): PenetrationStep {
  const mean = meanOf(axes, axes.map((a) => a.id)) ?? 0;
  const score = (id: string) => axes.find((a) => a.id === id)?.score ?? 0;
  let reached = rules.stages[0]!.step;
  for (const s of rules.stages) {
    const ok = mean >= s.minMean && axes.every((a) => (a.score ?? 0) >= s.minEach) && Object.entries(s.minAxis).every(([id, min]) => score(id) >= min);
    if (!ok) break; // stages build on each other: one unmet stage stops the climb
    reached = s.step;
  }
  const sorted = [...steps].sort((a, b) => a.order - b.order);
  return sorted.find((s) => s.id === reached) ?? sorted[0]!;
}

export function diagnoseOrg(data: OrgCheckData, set: AnswerSet): OrgDiagnosis {
  const axes = scoreDimensions(data.instrument, set.answers);
  const mean = meanOf(axes, axes.map((a) => a.id)) ?? 0;
  const stage = placeOnSteps(data.rules, data.steps, axes);
  const ordered = [...data.steps].sort((a, b) => a.order - b.order);
  const next = ordered[ordered.findIndex((s) => s.id === stage.id) + 1] ?? null;
  const ranked = axes.filter((a) => a.score !== null).sort((a, b) => (a.score as number) - (b.score as number));
  const weakestAxis = ranked[0] ?? null;
  const points = scalePoints(data.instrument);
  const labels = data.instrument.scale.labels;
  const weakItems = data.instrument.items
    .filter((i) => set.answers[i.id] !== undefined)
    .map((i) => ({ i, keyed: keyedValue(set.answers[i.id]!, i.reverse, points) }))
    .filter((x) => x.keyed <= Math.ceil(points / 2))
    .sort((a, b) => a.keyed - b.keyed)
    .slice(0, data.rules.weakItems)
    .map(({ i }) => ({ itemId: i.id, text: i.text, dimension: i.dimension, answerLabel: labels[set.answers[i.id]! - 1] ?? '' }));
  const weight = (m: Measure) =>
    (ranked[0] && m.frames.includes(ranked[0].id as never) ? 2 : 0) +
    (ranked[1] && m.frames.includes(ranked[1].id as never) ? 1 : 0) +
    (m.stages.includes(stage.id) ? 2 : 0) +
    (next && m.stages.includes(next.id) ? 1 : 0);
  const measures = data.measures
    .filter(isOrganisationMeasure)
    .map((m, order) => ({ m, w: weight(m), order }))
    .filter((x) => x.w > 0)
    .sort((a, b) => b.w - a.w || a.order - b.order)
    .slice(0, data.rules.maxMeasures)
    .map((x) => x.m);
  const missing = unanswered(set, data.instrument);
  return { complete: missing.length === 0, missing, axes, mean, stage, next, weakestAxis, weakItems, measures, role: set.choices.role?.[0] ?? null };
}
