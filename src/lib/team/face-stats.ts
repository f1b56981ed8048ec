/**
 * A face's figures over the people who scored it: how many, their mean and spread, the mean and spread only when
 * at least `minSize` people scored it. The one rule by which the round summary (rounds.ts) and the gap view
 * (gap.ts) show or hide the people's mean, so the two can never disagree. Pure.
 */
export interface FaceStats {
  n: number;
  /** 0–100, unrounded; null when fewer than minSize people scored the face. */
  mean: number | null;
  /** Sample standard deviation; null when the mean is hidden or only one person scored it. */
  sd: number | null;
}

export function faceStats(scores: ArrayLike<number> | undefined, minSize: number): FaceStats {
  let n = 0;
  let sum = 0;
  let sq = 0;
  for (let i = 0; i < (scores?.length ?? 0); i++) {
    const v = scores![i]!;
    if (Number.isNaN(v)) continue;
    n++;
    sum += v;
    sq += v * v;
  }
  if (n === 0 || n < minSize) return { n, mean: null, sd: null };
  const mean = sum / n;
  return { n, mean, sd: n > 1 ? Math.sqrt(Math.max(0, (sq - n * mean * mean) / (n - 1))) : null };
}
