/**
 * Cronbach's α for one face of the questionnaire: k/(k−1) · (1 − Σ var(item) / var(sum of items)), on
 * reverse-keyed values, over the people who answered every item of the face. Accumulated row by row with sums
 * and sums of squares, so 100,000 people need no more memory than 10. Pure.
 */

/** Below this many people α says more about chance than about the questions. */
export const ALPHA_MIN_PEOPLE = 30;
/** Customary floor for a scale used to compare groups. */
export const ALPHA_LOW = 0.7;

export interface AlphaAccumulator {
  add(values: readonly number[]): void;
  result(): { alpha: number | null; people: number; items: number };
}

export function alphaAccumulator(items: number): AlphaAccumulator {
  const sum = new Float64Array(items);
  const sumSq = new Float64Array(items);
  let total = 0;
  let totalSq = 0;
  let n = 0;
  return {
    add(values) {
      let t = 0;
      for (let i = 0; i < items; i++) {
        const v = values[i]!;
        sum[i]! += v;
        sumSq[i]! += v * v;
        t += v;
      }
      total += t;
      totalSq += t * t;
      n++;
    },
    result() {
      if (items < 2 || n < 2) return { alpha: null, people: n, items };
      // Population variances: the n/(n−1) factor is the same on both sides of the ratio and cancels.
      const variance = (s: number, sq: number) => sq / n - (s / n) ** 2;
      let itemVariance = 0;
      for (let i = 0; i < items; i++) itemVariance += variance(sum[i]!, sumSq[i]!);
      const totalVariance = variance(total, totalSq);
      if (totalVariance <= 1e-12) return { alpha: null, people: n, items };
      return { alpha: (items / (items - 1)) * (1 - itemVariance / totalVariance), people: n, items };
    },
  };
}

/** α of a table of answers (a row per person, a column per item): for tests and small pools. */
export function cronbachAlpha(rows: readonly (readonly number[])[]): number | null {
  const acc = alphaAccumulator(rows[0]?.length ?? 0);
  for (const r of rows) acc.add(r);
  return acc.result().alpha;
}
