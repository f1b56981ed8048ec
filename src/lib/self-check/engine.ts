/**
 * The employee self-check: from an answer set to a result — dimension scores, C/O体現度, segment,
 * the 不動層 group that fits best, the likely stagnation reason, the answers that drove it and the
 * recommended measures. Every threshold comes from content/data/self-check-rules.yaml. Pure and deterministic.
 */
import type { AgeBandEntry, StagnationReason } from '../../schemas/age-band';
import type { FudoGroupEntry } from '../../schemas/fudo-group';
import type { Instrument } from '../../schemas/instrument';
import type { Measure } from '../../schemas/measure';
import type { SelfCheckRules } from '../../schemas/self-check-rules';
import type { AnswerSet } from '../answers';
import { unanswered } from '../answers';
import { choiceOptions, type Option } from '../choice-options';
import { keyedValue, meanOf, scalePoints, scoreDimensions, type DimensionScore } from '../likert';
import { CYCLE_STEPS, SUPPORT_STEPS, type FudoGroup } from '../vocabulary';

/** Everything the self-check needs, passed from the build to the island as plain data. */
export interface SelfCheckData {
  instrumentId: string;
  instrument: Instrument;
  rules: SelfCheckRules;
  ageBands: AgeBandEntry[];
  fudoGroups: FudoGroupEntry[];
  measures: Measure[];
}

export interface Driver {
  itemId: string;
  text: string;
  dimension: string;
  /** The answer given, 1…points, and its scale label. */
  answer: number;
  answerLabel: string;
}

export interface Diagnosis {
  complete: boolean;
  missing: string[];
  dimensions: DimensionScore[];
  /** C/O体現度, 0–100. */
  taigenDo: number;
  segment: SelfCheckRules['segments'][number];
  isFudo: boolean;
  /** For the 不動層 the group that fits best; for others a tendency, or null when no signal falls short. */
  group: (FudoGroupEntry & { why: string; shortfall: number }) | null;
  ageBand: AgeBandEntry | null;
  reason: (StagnationReason & { chosen: boolean }) | null;
  drivers: Driver[];
  measures: Measure[];
}

export const optionsResolver = (data: Pick<SelfCheckData, 'instrument' | 'ageBands'>) => (questionId: string, choices: Record<string, readonly string[]>): Option[] => {
  const q = data.instrument.choices.find((c) => c.id === questionId);
  return q ? choiceOptions(q, choices, data.ageBands) : [];
};

function pickGroup(data: SelfCheckData, dims: DimensionScore[], isFudo: boolean): Diagnosis['group'] {
  let best: { id: FudoGroup; why: string; shortfall: number } | null = null;
  for (const g of data.rules.groups) {
    const signal = meanOf(dims, g.dimensions);
    if (signal === null) continue;
    const shortfall = Math.round((g.threshold - signal) * 10) / 10;
    // Strictly greater: on a tie the earlier group wins (reach before grow before apply — reach first,
    // since nothing else helps while measures do not reach the person).
    if (!best || shortfall > best.shortfall) best = { id: g.id, why: g.why, shortfall };
  }
  if (!best || (!isFudo && best.shortfall <= 0)) return null;
  const entry = data.fudoGroups.find((g) => g.id === best.id);
  return entry ? { ...entry, why: best.why, shortfall: best.shortfall } : null;
}

function pickReason(data: SelfCheckData, set: AnswerSet, band: AgeBandEntry | null, dims: DimensionScore[]): Diagnosis['reason'] {
  if (!band) return null;
  const chosenId = set.choices.reason?.[0];
  const chosen = band.reasons.find((r) => r.id === chosenId);
  if (chosen) return { ...chosen, chosen: true };
  let best: { reason: StagnationReason; score: number } | null = null;
  for (const r of band.reasons) {
    const dim = data.rules.reasonDimensions[r.id];
    const score = dim ? meanOf(dims, [dim]) : null;
    if (score === null) continue;
    if (!best || score < best.score) best = { reason: r, score };
  }
  return best ? { ...best.reason, chosen: false } : null;
}

function pickDrivers(data: SelfCheckData, set: AnswerSet, dims: DimensionScore[]): Driver[] {
  const points = scalePoints(data.instrument);
  const labels = data.instrument.scale.labels;
  const weakest = [...dims].filter((d) => d.score !== null).sort((a, b) => (a.score as number) - (b.score as number))[0];
  if (!weakest) return [];
  return data.instrument.items
    .filter((i) => i.dimension === weakest.id && set.answers[i.id] !== undefined)
    .map((i) => ({ item: i, keyed: keyedValue(set.answers[i.id]!, i.reverse, points) }))
    .filter((x) => x.keyed <= Math.ceil(points / 2))
    .sort((a, b) => a.keyed - b.keyed)
    .slice(0, 3)
    .map(({ item }) => ({ itemId: item.id, text: item.text, dimension: item.dimension, answer: set.answers[item.id]!, answerLabel: labels[set.answers[item.id]! - 1] ?? '' }));
}

function pickMeasures(data: SelfCheckData, band: AgeBandEntry | null, reason: Diagnosis['reason'], segment: Diagnosis['segment'], group: Diagnosis['group']): Measure[] {
  const stepOrder = (s: string | undefined) => SUPPORT_STEPS.indexOf(s as (typeof SUPPORT_STEPS)[number]);
  const personal = band
    ? data.measures
        .filter((m) => m.ageBands.includes(band.id) && m.step && segment.steps.includes(m.step))
        .map((m) => ({ m, fit: reason && m.reasons.includes(reason.id) ? 0 : 1 }))
        .sort((a, b) => a.fit - b.fit || stepOrder(a.m.step) - stepOrder(b.m.step))
        .map((x) => x.m)
    : [];
  let forGroup: Measure[] = [];
  if (group) {
    const start = CYCLE_STEPS.indexOf(group.startWith);
    const wanted = CYCLE_STEPS.slice(start, start + 2);
    forGroup = data.measures
      .filter((m) => m.groups.includes(group.id) && m.cycle && wanted.includes(m.cycle))
      .sort((a, b) => CYCLE_STEPS.indexOf(a.cycle!) - CYCLE_STEPS.indexOf(b.cycle!));
  }
  const out: Measure[] = [];
  for (const m of [...forGroup.slice(0, 2), ...personal, ...forGroup.slice(2)]) {
    if (out.length >= data.rules.maxMeasures) break;
    if (!out.some((x) => x.id === m.id)) out.push(m);
  }
  return out;
}

export function diagnose(data: SelfCheckData, set: AnswerSet): Diagnosis {
  const dimensions = scoreDimensions(data.instrument, set.answers);
  const taigenDo = meanOf(dimensions, data.rules.taigenDo.dimensions) ?? 0;
  const segment = data.rules.segments.find((s) => taigenDo >= s.min) ?? data.rules.segments.at(-1)!;
  const isFudo = segment.id === data.rules.fudoSegment;
  const ageBand = data.ageBands.find((b) => b.id === set.choices.age?.[0]) ?? null;
  const group = pickGroup(data, dimensions, isFudo);
  const reason = pickReason(data, set, ageBand, dimensions);
  const missing = unanswered(set, data.instrument);
  return {
    complete: missing.length === 0,
    missing,
    dimensions,
    taigenDo,
    segment,
    isFudo,
    group,
    ageBand,
    reason,
    drivers: pickDrivers(data, set, dimensions),
    measures: pickMeasures(data, ageBand, reason, segment, group),
  };
}
