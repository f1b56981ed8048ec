/**
 * The four faces as the person reads them: each shown score placed in a band (低め / 中くらい / 高い) against the
 * face's limit and strong mark from the rules, with the plain sentence for that band. Pure.
 */
import type { SelfCheckRules } from '../../schemas/self-check-rules';
import type { DimensionScore } from '../likert';

export type Band = 'low' | 'middle' | 'high';

export const BAND_LABELS: Record<Band, string> = { low: '低め', middle: '中くらい', high: '高い' };

export interface Face extends DimensionScore {
  limit: number;
  strong: number;
  /** null when the face is not scored (nothing answered). */
  band: Band | null;
  reading: string | null;
}

type FaceRule = SelfCheckRules['faces'][number];

export function bandOf(score: number | null, rule: Pick<FaceRule, 'limit' | 'strong'>): Band | null {
  if (score === null) return null;
  if (score < rule.limit) return 'low';
  return score >= rule.strong ? 'high' : 'middle';
}

export function readFaces(rules: Pick<SelfCheckRules, 'faces'>, scores: readonly DimensionScore[]): Face[] {
  return scores.map((s) => {
    const rule = rules.faces.find((f) => f.id === s.id);
    // A face without a rule (an organisation added one and forgot its limits) is shown but never judged.
    if (!rule) return { ...s, limit: 0, strong: 101, band: null, reading: null };
    const band = bandOf(s.score, rule);
    return { ...s, limit: rule.limit, strong: rule.strong, band, reading: band ? rule.reading[band] : null };
  });
}

export const isLow = (faces: readonly Face[], id: string) => faces.find((f) => f.id === id)?.band === 'low';
export const isHigh = (faces: readonly Face[], id: string) => faces.find((f) => f.id === id)?.band === 'high';
