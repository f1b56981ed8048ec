/**
 * The gap between how the organisation sees itself (its self-check, axis by axis) and how its people answer
 * (pooled face scores), pair by pair as content/data/gap-mapping.yaml sets them side by side. The words for each
 * direction are sentences of content/data/team-sentences.yaml (team-sentences.ts). Pure.
 */
import type { GapMapping } from '../../schemas/gap-mapping';
import type { DimensionScore } from '../likert';
import { faceStats } from './face-stats';
import type { Pool } from './pool';

export interface GapRow {
  id: string;
  label: string;
  link: string;
  /** The organisation's axis score, 0–100. */
  org: number | null;
  /** The people's mean face score, 0–100; null when hidden (too few people) or not scored. */
  people: number | null;
  /** The people's mean is held back: fewer than the minimum number of people scored the face (face-stats.ts). */
  peopleHidden: boolean;
  /** org − people, rounded to one decimal. */
  gap: number | null;
  direction: 'orgHigher' | 'peopleHigher' | 'close' | null;
}

/**
 * The people's mean of a face as the gap view shows it: hidden by the round summary's rule (face-stats.ts), rounded
 * to one decimal, so that the gap beside it is exactly the difference of the two figures shown.
 */
export function peopleMean(pool: Pool, face: string, minSize: number): { mean: number | null; hidden: boolean } {
  const { n, mean } = faceStats(pool.scores[face], minSize);
  return { mean: mean === null ? null : Math.round(mean * 10) / 10, hidden: n < minSize };
}

export function gapRows(mapping: GapMapping, orgAxes: readonly DimensionScore[], pool: Pool, minSize: number): GapRow[] {
  return mapping.pairs.map((p) => {
    const org = orgAxes.find((a) => a.id === p.org)?.score ?? null;
    const { mean: people, hidden: peopleHidden } = peopleMean(pool, p.people, minSize);
    const gap = org !== null && people !== null ? Math.round((org - people) * 10) / 10 : null;
    const direction = gap === null ? null : gap >= mapping.threshold ? 'orgHigher' : -gap >= mapping.threshold ? 'peopleHigher' : 'close';
    return { id: p.id, label: p.label, link: p.link, org, people, peopleHidden, gap, direction };
  });
}
