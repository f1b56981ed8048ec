/**
 * The written rules of content/data/self-check-rules.yaml applied to shown scores: the segment from C/O体現度, the
 * 不動層 group (or, for others, a tendency) by the ordered group rules, and the stagnation reason. Every decision
 * reads the same whole numbers the page shows. Pure.
 */
import type { AgeBandEntry, StagnationReason } from '../../schemas/age-band';
import type { FudoGroupEntry } from '../../schemas/fudo-group';
import type { SelfCheckRules } from '../../schemas/self-check-rules';
import { isLow, type Face } from './faces';

export type Segment = SelfCheckRules['segments'][number];

export interface GroupResult extends FudoGroupEntry {
  /** Why this group, with the condition under which that sentence is true. */
  why: SelfCheckRules['groups'][number]['why'];
  /** The faces of the rule that are below their limits: what put the person in this group. */
  lowFaces: string[];
  /** False for the 不動層 (the group applies); true for others (a tendency only). */
  tendency: boolean;
}

export interface ReasonResult extends StagnationReason {
  /** Chosen by the person, or inferred from a face below its limit (then only a guess). */
  chosen: boolean;
  /** The face the reason was inferred from, when inferred. */
  face: string | null;
}

/** C/O体現度: the mean of the shown 体現度 faces, rounded once. Null when none is scored. */
export function taigenDoOf(rules: Pick<SelfCheckRules, 'taigenDo'>, faces: readonly Face[]): number | null {
  const vals = faces.filter((f) => rules.taigenDo.dimensions.includes(f.id) && f.score !== null).map((f) => f.score as number);
  return vals.length ? Math.round(vals.reduce((a, b) => a + b, 0) / vals.length) : null;
}

export function segmentOf(rules: Pick<SelfCheckRules, 'segments'>, taigenDo: number): Segment {
  return rules.segments.find((s) => taigenDo >= s.min) ?? rules.segments.at(-1)!;
}

/** Upper bound (exclusive) of a segment's band, or null for the top one. */
export function segmentUpper(rules: Pick<SelfCheckRules, 'segments'>, segment: Segment): number | null {
  const i = rules.segments.findIndex((s) => s.id === segment.id);
  return i > 0 ? rules.segments[i - 1]!.min : null;
}

/** The first group rule, in the written order, with a face below its limit. */
export function firstGroupRule(rules: Pick<SelfCheckRules, 'groups'>, faces: readonly Face[]) {
  return rules.groups.find((g) => g.when.some((id) => isLow(faces, id))) ?? null;
}

export function pickGroup(rules: Pick<SelfCheckRules, 'groups'>, groups: readonly FudoGroupEntry[], faces: readonly Face[], isFudo: boolean): GroupResult | null {
  const rule = firstGroupRule(rules, faces);
  if (!rule) return null;
  const entry = groups.find((g) => g.id === rule.id);
  if (!entry) return null;
  return { ...entry, why: rule.why, lowFaces: rule.when.filter((id) => isLow(faces, id)), tendency: !isFudo };
}

/**
 * The reason the person chose; otherwise the reason of their age band whose face is lowest among those below
 * their limits (ties: the order written in age-bands.yaml); otherwise none.
 */
export function pickReason(rules: Pick<SelfCheckRules, 'reasonDimensions'>, band: AgeBandEntry | null, chosenId: string | undefined, faces: readonly Face[]): ReasonResult | null {
  if (!band) return null;
  const chosen = band.reasons.find((r) => r.id === chosenId);
  if (chosen) return { ...chosen, chosen: true, face: null };
  let best: { reason: StagnationReason; face: Face } | null = null;
  for (const r of band.reasons) {
    const face = faces.find((f) => f.id === rules.reasonDimensions[r.id]);
    if (!face || face.band !== 'low') continue;
    if (!best || (face.score as number) < (best.face.score as number)) best = { reason: r, face };
  }
  return best ? { ...best.reason, chosen: false, face: best.face.id } : null;
}
