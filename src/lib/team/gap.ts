/**
 * The gap between how the organisation sees itself (its self-check, axis by axis) and how its people answer
 * (pooled face scores), pair by pair as content/data/gap-mapping.yaml sets them side by side. The words for each
 * direction are sentences of content/data/team-sentences.yaml (team-sentences.ts). Pure.
 */
import type { GapMapping } from '../../schemas/gap-mapping';
import type { DimensionScore } from '../likert';
import type { Pool } from './pool';

export interface GapRow {
  id: string;
  label: string;
  link: string;
  /** The organisation's axis score, 0–100. */
  org: number | null;
  /** The people's mean face score, 0–100; null when hidden (too few people) or not scored. */
  people: number | null;
  /** org − people, rounded to one decimal. */
  gap: number | null;
  direction: 'orgHigher' | 'peopleHigher' | 'close' | null;
}

/** Mean of the pooled scores of a face, over the people who scored it. */
export function poolMean(pool: Pool, face: string): number | null {
  const s = pool.scores[face];
  if (!s) return null;
  let sum = 0;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const v = s[i]!;
    if (Number.isNaN(v)) continue;
    sum += v;
    n++;
  }
  return n ? Math.round((sum / n) * 10) / 10 : null;
}

export function gapRows(mapping: GapMapping, orgAxes: readonly DimensionScore[], pool: Pool, minSize: number): GapRow[] {
  const shown = pool.count >= minSize;
  return mapping.pairs.map((p) => {
    const org = orgAxes.find((a) => a.id === p.org)?.score ?? null;
    const people = shown ? poolMean(pool, p.people) : null;
    const gap = org !== null && people !== null ? Math.round((org - people) * 10) / 10 : null;
    const direction = gap === null ? null : gap >= mapping.threshold ? 'orgHigher' : -gap >= mapping.threshold ? 'peopleHigher' : 'close';
    return { id: p.id, label: p.label, link: p.link, org, people, gap, direction };
  });
}
