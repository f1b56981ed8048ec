/**
 * Likert scoring for any instrument (employee self-check, organisation self-check): each dimension's score is
 * the mean of its answered items, reverse-keyed items flipped, rescaled to 0–100. Pure; no DOM.
 */
import type { Instrument } from '../schemas/instrument';

export type LikertAnswers = Readonly<Record<string, number>>;

export interface DimensionScore {
  id: string;
  label: string;
  /** 0–100, or null when no item of the dimension is answered. */
  score: number | null;
  answered: number;
  total: number;
}

/** Number of points on the instrument's scale. */
export const scalePoints = (instrument: Pick<Instrument, 'scale'>) => instrument.scale.labels.length;

/** The answer as it counts towards its dimension (1…points), reverse keys flipped. */
export function keyedValue(value: number, reverse: boolean, points: number): number {
  return reverse ? points + 1 - value : value;
}

export function isValidAnswer(value: unknown, points: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= points;
}

export function scoreDimensions(instrument: Pick<Instrument, 'scale' | 'dimensions' | 'items'>, answers: LikertAnswers): DimensionScore[] {
  const points = scalePoints(instrument);
  return instrument.dimensions.map((d) => {
    const items = instrument.items.filter((i) => i.dimension === d.id);
    let sum = 0;
    let answered = 0;
    for (const item of items) {
      const v = answers[item.id];
      if (!isValidAnswer(v, points)) continue;
      sum += keyedValue(v, item.reverse, points);
      answered++;
    }
    const score = answered === 0 ? null : Math.round(((sum / answered - 1) / (points - 1)) * 1000) / 10;
    return { id: d.id, label: d.label, score, answered, total: items.length };
  });
}

/** Mean of the named dimensions' scores (unscored ones ignored), or null. */
export function meanOf(scores: readonly DimensionScore[], ids: readonly string[]): number | null {
  const vals = scores.filter((s) => ids.includes(s.id) && s.score !== null).map((s) => s.score as number);
  if (vals.length === 0) return null;
  return Math.round((vals.reduce((a, b) => a + b, 0) / vals.length) * 10) / 10;
}
