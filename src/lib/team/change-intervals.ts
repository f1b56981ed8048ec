/**
 * 95% intervals for the change between two independent rounds of a survey, as written on tools/model
 * (#round-change): Newcombe's hybrid score interval for a difference of proportions (from Wilson intervals),
 * Welch's interval for a difference of means, and for Cronbach's α Bonett's interval per round combined by the
 * same square-root rule (Zou's MOVER, of which Newcombe's interval is the case for proportions). Pure.
 */

export const Z95 = 1.959963984540054;

export interface Interval {
  low: number;
  high: number;
}

/** Wilson's score interval for k of n. */
export function wilson(k: number, n: number, z = Z95): Interval {
  const p = k / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** Combines two independent estimates with their intervals into an interval for after − before (MOVER). */
export function mover(before: number, b: Interval, after: number, a: Interval): Interval {
  const d = after - before;
  return {
    low: d - Math.sqrt((after - a.low) ** 2 + (b.high - before) ** 2),
    high: d + Math.sqrt((a.high - after) ** 2 + (before - b.low) ** 2),
  };
}

/** Newcombe's interval (method 10) for k2/n2 − k1/n1. */
export function newcombe(k1: number, n1: number, k2: number, n2: number): Interval {
  return mover(k1 / n1, wilson(k1, n1), k2 / n2, wilson(k2, n2));
}

/** The 97.5th percentile of Student's t with df degrees of freedom (Cornish–Fisher series; within 0.002 from df 3). */
export function t975(df: number): number {
  const z = Z95;
  const g1 = (z ** 3 + z) / 4;
  const g2 = (5 * z ** 5 + 16 * z ** 3 + 3 * z) / 96;
  const g3 = (3 * z ** 7 + 19 * z ** 5 + 17 * z ** 3 - 15 * z) / 384;
  const g4 = (79 * z ** 9 + 776 * z ** 7 + 1482 * z ** 5 - 1920 * z ** 3 - 945 * z) / 92160;
  return z + g1 / df + g2 / df ** 2 + g3 / df ** 3 + g4 / df ** 4;
}

export interface MeanSummary {
  n: number;
  mean: number;
  /** Sample standard deviation (n − 1 in the denominator). */
  sd: number;
}

/** Welch's interval for mean2 − mean1, with the Welch–Satterthwaite degrees of freedom. */
export function welch(a: MeanSummary, b: MeanSummary): Interval {
  const va = (a.sd * a.sd) / a.n;
  const vb = (b.sd * b.sd) / b.n;
  const se = Math.sqrt(va + vb);
  const d = b.mean - a.mean;
  if (se === 0) return { low: d, high: d };
  const df = (va + vb) ** 2 / (va * va / (a.n - 1) + (vb * vb) / (b.n - 1));
  const t = t975(Math.max(df, 1));
  return { low: d - t * se, high: d + t * se };
}

/** Bonett's interval for Cronbach's α: ln(1 − α) has variance 2k / ((k − 1)(n − 2)). */
export function bonett(alpha: number, people: number, items: number, z = Z95): Interval {
  const half = z * Math.sqrt((2 * items) / ((items - 1) * (people - 2)));
  const centre = Math.log(1 - alpha);
  return { low: 1 - Math.exp(centre + half), high: 1 - Math.exp(centre - half) };
}

/** Interval for α2 − α1 from two independent rounds. */
export function alphaChange(a1: number, n1: number, a2: number, n2: number, items: number): Interval {
  return mover(a1, bonett(a1, n1, items), a2, bonett(a2, n2, items));
}
