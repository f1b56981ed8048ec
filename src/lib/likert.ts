/**
 * Likert scoring for any instrument (employee self-check, organisation self-check): each dimension's score is
 * the mean of its answered items, reverse-keyed items flipped, rescaled to 0–100 and rounded once to a whole number.
 * That whole number is both what the page shows and what every rule compares, so a shown 70 can never sit beside
 * a result decided on 69.5. Pure; no DOM.
 */
import type { Instrument } from '../schemas/instrument';

export type LikertAnswers = Readonly<Record<string, number>>;

export interface DimensionScore {
  id: string;
  label: string;
  /** 0–100, a whole number, or null when no item of the dimension is answered. */
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
  return dimensionScorer(instrument)(answers);
}

/**
 * scoreDimensions with the instrument read once: for scoring many people (a company survey) without looking up
 * each dimension's items again for every person.
 */
export function dimensionScorer(instrument: Pick<Instrument, 'scale' | 'dimensions' | 'items'>): (answers: LikertAnswers) => DimensionScore[] {
  const points = scalePoints(instrument);
  const dims = instrument.dimensions.map((d) => ({ id: d.id, label: d.label, items: instrument.items.filter((i) => i.dimension === d.id) }));
  return (answers) =>
    dims.map((d) => {
      let sum = 0;
      let answered = 0;
      for (const item of d.items) {
        const v = answers[item.id];
        if (!isValidAnswer(v, points)) continue;
        sum += keyedValue(v, item.reverse, points);
        answered++;
      }
      // Integer arithmetic up to the one division, so that an exact half (e.g. 12.5) rounds up, not by float luck.
      const score = answered === 0 ? null : Math.round((100 * (sum - answered)) / (answered * (points - 1)));
      return { id: d.id, label: d.label, score, answered, total: d.items.length };
    });
}

/** Mean of the named dimensions' scores (unscored ones ignored), rounded once to a whole number, or null. */
export function meanOf(scores: readonly DimensionScore[], ids: readonly string[]): number | null {
  const vals = scores.filter((s) => ids.includes(s.id) && s.score !== null).map((s) => s.score as number);
  if (vals.length === 0) return null;
  return Math.round(vals.reduce((a, b) => a + b, 0) / vals.length);
}
