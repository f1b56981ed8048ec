/**
 * The employee self-check: from an answer set to a result — the four faces with their readings, C/O体現度, segment,
 * the 不動層 group by the ordered rules (or a tendency), the stagnation reason, the answers behind it, the answering
 * style and the recommended measures. Every threshold and sentence comes from content/data/self-check-rules.yaml.
 * Pure and deterministic; `findContradictions` (./invariants) checks any result against the same rules.
 */
import type { AgeBandEntry } from '../../schemas/age-band';
import type { FudoGroupEntry } from '../../schemas/fudo-group';
import type { Instrument } from '../../schemas/instrument';
import type { Measure } from '../../schemas/measure';
import type { SelfCheckRules } from '../../schemas/self-check-rules';
import type { AnswerSet } from '../answers';
import { unanswered } from '../answers';
import { isValidAnswer, keyedValue, scalePoints, scoreDimensions, type DimensionScore } from '../likert';
import { checkAnswerStyle, type AnswerStyle } from './answer-style';
import { pickGroup, pickReason, segmentOf, taigenDoOf, type GroupResult, type ReasonResult, type Segment } from './classify';
import { readFaces, type Face } from './faces';
import { pickMeasures } from './measures';

/** What the questions need: the instrument, and the age bands because the reasons offered depend on the band. */
export interface SelfCheckQuestionData {
  instrumentId: string;
  instrument: Instrument;
  ageBands: AgeBandEntry[];
}

/** What only a result needs; the questionnaire fetches it with the result's code. */
export interface SelfCheckResultData {
  rules: SelfCheckRules;
  fudoGroups: FudoGroupEntry[];
  measures: Measure[];
}

/** Everything the self-check needs: what the result view, the exports and the team view work on. */
export interface SelfCheckData extends SelfCheckQuestionData, SelfCheckResultData {}

export interface Driver {
  itemId: string;
  text: string;
  dimension: string;
  /** Reverse-keyed: agreeing lowers the face's score. */
  reverse: boolean;
  /** The answer given, 1…points, and its scale label. */
  answer: number;
  answerLabel: string;
}

export interface Diagnosis {
  complete: boolean;
  missing: string[];
  /** The four faces with their shown scores, bands and plain readings. */
  dimensions: Face[];
  /** C/O体現度, 0–100, a whole number: the value shown and the value classified. */
  taigenDo: number;
  segment: Segment;
  isFudo: boolean;
  /** False when the way of answering makes a label unsafe: the page then shows only the profile. */
  labelShown: boolean;
  style: AnswerStyle;
  /** For the 不動層 the group by the ordered rules; for others a tendency, or null when no face is low. */
  group: GroupResult | null;
  ageBand: AgeBandEntry | null;
  /** Chosen, or inferred from a face below its limit (a guess); null when neither. */
  reason: ReasonResult | null;
  drivers: Driver[];
  /** Everything recommended, self first; the two lists below split it. */
  measures: Measure[];
  selfMeasures: Measure[];
  consultMeasures: Measure[];
}

// In a module of its own so the questions can use it without the scoring, which loads with the result.
export { optionsResolver } from './options';

/**
 * The answers behind the result: those of the group's low faces, or else of the lowest face that is not high;
 * only answers on the low side of the scale (as keyed), lowest first.
 */
function pickDrivers(data: SelfCheckData, set: AnswerSet, faces: readonly Face[], group: GroupResult | null): Driver[] {
  const points = scalePoints(data.instrument);
  const labels = data.instrument.scale.labels;
  let ids = group?.lowFaces ?? [];
  if (!ids.length) {
    const weakest = faces.filter((f) => f.band === 'low' || f.band === 'middle').sort((a, b) => (a.score as number) - (b.score as number))[0];
    ids = weakest ? [weakest.id] : [];
  }
  return data.instrument.items
    .filter((i) => ids.includes(i.dimension) && isValidAnswer(set.answers[i.id], points))
    .map((i) => ({ item: i, keyed: keyedValue(set.answers[i.id]!, i.reverse, points) }))
    .filter((x) => x.keyed <= Math.ceil(points / 2))
    .sort((a, b) => a.keyed - b.keyed)
    .slice(0, 3)
    .map(({ item }) => ({ itemId: item.id, text: item.text, dimension: item.dimension, reverse: item.reverse, answer: set.answers[item.id]!, answerLabel: labels[set.answers[item.id]! - 1] ?? '' }));
}

export function diagnose(data: SelfCheckData, set: AnswerSet): Diagnosis {
  return diagnoseScores(data, set, scoreDimensions(data.instrument, set.answers));
}

/** The result for face scores already computed from `set` (the exhaustive test sweep builds scores directly). */
export function diagnoseScores(data: SelfCheckData, set: AnswerSet, scores: DimensionScore[]): Diagnosis {
  const dimensions = readFaces(data.rules, scores);
  const taigenDo = taigenDoOf(data.rules, dimensions) ?? 0;
  const segment = segmentOf(data.rules, taigenDo);
  const isFudo = segment.id === data.rules.fudoSegment;
  const style = checkAnswerStyle(data.instrument, data.rules, set.answers);
  const ageBand = data.ageBands.find((b) => b.id === set.choices.age?.[0]) ?? null;
  const group = pickGroup(data.rules, data.fudoGroups, dimensions, isFudo);
  // A flagged way of answering: nothing is inferred from the scores — no guessed reason, answers behind it or measures.
  const flagged = style.flagged;
  const picked = pickReason(data.rules, ageBand, set.choices.reason?.[0], dimensions);
  const reason = flagged && picked && !picked.chosen ? null : picked;
  const measures = flagged ? { self: [], consult: [] } : pickMeasures(data.rules, data.measures, { faces: dimensions, band: ageBand, segment, group, reason, answers: set.answers });
  const missing = unanswered(set, data.instrument);
  return {
    complete: missing.length === 0,
    missing,
    dimensions,
    taigenDo,
    segment,
    isFudo,
    labelShown: !flagged,
    style,
    group,
    ageBand,
    reason,
    drivers: flagged ? [] : pickDrivers(data, set, dimensions, group),
    measures: [...measures.self, ...measures.consult],
    selfMeasures: measures.self,
    consultMeasures: measures.consult,
  };
}
