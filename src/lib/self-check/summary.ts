/**
 * The first screen of a self-check result in plain words: where the person stands on each face (high, middle, low,
 * as the bands beside the scores say), the one face to look at first, and the one thing to try first. Built only
 * from the bands and lists already on the result, so it cannot say what the numbers beside it contradict. Pure.
 */
import type { Measure } from '../../schemas/measure';
import type { Diagnosis } from './engine';
import type { Band, Face } from './faces';

const q = (faces: readonly Face[]) => faces.map((f) => `「${f.label}」`).join('');

const ALL: Record<Band, string> = { high: 'どれも高い状態です', middle: 'どれも中くらいです', low: 'どれも低めです' };

/** One sentence naming every scored face once, under the band it is shown in; null when nothing is scored. */
export function standingSentence(faces: readonly Face[]): string | null {
  const scored = faces.filter((f) => f.band !== null);
  if (scored.length === 0) return null;
  const high = scored.filter((f) => f.band === 'high');
  const middle = scored.filter((f) => f.band === 'middle');
  const low = scored.filter((f) => f.band === 'low');
  const kinds = [high, middle, low].filter((g) => g.length > 0);
  if (kinds.length === 1) return `${scored.length}つの軸が${ALL[scored[0]!.band!]}。`;
  const parts: string[] = [];
  if (high.length) parts.push(`${q(high)}が高く`);
  if (middle.length) parts.push(low.length ? `${q(middle)}は中くらいで` : `${q(middle)}は中くらいです`);
  if (low.length) parts.push(`${q(low)}は低めです`);
  return `${parts.join('、')}。`;
}

/** The face to look at first: the lowest scored face that is not high (the first in order on a tie), or null. */
export function focusFace(faces: readonly Face[]): Face | null {
  return faces.filter((f) => f.band === 'low' || f.band === 'middle').reduce<Face | null>((min, f) => (min === null || (f.score as number) < (min.score as number) ? f : min), null);
}

export type FirstStep =
  /** The way of answering makes the scores unsafe to act on: answer again first. */
  | { kind: 'answer-again' }
  /** The first thing the result lists that the person can do alone. */
  | { kind: 'measure'; measure: Measure }
  /** Every face is high: pass it on. */
  | { kind: 'all-high' }
  /** Nothing to do alone is listed: bring the face to the next 1on1. */
  | { kind: 'talk'; face: Face };

export function firstStep(d: Pick<Diagnosis, 'style' | 'selfMeasures' | 'dimensions'>): FirstStep | null {
  if (d.style.flagged) return { kind: 'answer-again' };
  const m = d.selfMeasures[0];
  if (m) return { kind: 'measure', measure: m };
  const focus = focusFace(d.dimensions);
  if (focus) return { kind: 'talk', face: focus };
  return d.dimensions.every((f) => f.band === 'high') ? { kind: 'all-high' } : null;
}
