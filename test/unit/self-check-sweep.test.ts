import { describe, expect, it } from 'vitest';
import type { AnswerSet } from '@/lib/answers';
import { diagnoseScores } from '@/lib/self-check/engine';
import { findContradictions } from '@/lib/self-check/invariants';
import type { DimensionScore } from '@/lib/likert';
import { selfCheckData } from './support/data';

const data = selfCheckData();
const { instrument } = data;
const points = instrument.scale.labels.length;
/** Every choice a person can make: each band with no reason or one of its reasons, and no band at all. */
const choiceSets: Record<string, string[]>[] = [{}, ...data.ageBands.flatMap((b) => [{ age: [b.id] }, ...b.reasons.map((r) => ({ age: [b.id], reason: [r.id] }))])];

/**
 * Every score a face can show: with n items on a 1…points scale the keyed sum runs from n to n·points, and the
 * shown score is that sum rescaled and rounded — computed here independently of the engine's scoring.
 */
const faceScores = instrument.dimensions.map((d) => {
  const n = instrument.items.filter((i) => i.dimension === d.id).length;
  return Array.from({ length: n * (points - 1) + 1 }, (_, k): DimensionScore => ({ id: d.id, label: d.label, score: Math.round((100 * k) / (n * (points - 1))), answered: n, total: n }));
});

describe('self-check: every combination of face scores', () => {
  it('never contradicts its own scores (rules of points 1, 2, 4 and 6)', () => {
    // 25 scores per face, 25⁴ = 390,625 combinations; each is checked with the next choice set in turn, so every
    // choice set meets every region of scores.
    let checked = 0;
    const failures: string[] = [];
    const seen = new Set<string>();
    const walk = (i: number, acc: DimensionScore[]) => {
      if (i === faceScores.length) {
        const set: AnswerSet = { instrument: 'self-check', version: instrument.version, answers: {}, choices: choiceSets[checked % choiceSets.length]! };
        const d = diagnoseScores(data, set, acc);
        seen.add(`${d.segment.id}/${d.group?.id ?? '-'}`);
        const problems = findContradictions(data, d);
        if (problems.length && failures.length < 5) failures.push(`${acc.map((s) => `${s.id}=${s.score}`).join(' ')} ${JSON.stringify(set.choices)}: ${problems.join('; ')}`);
        checked++;
        return;
      }
      for (const s of faceScores[i]!) walk(i + 1, [...acc, s]);
    };
    walk(0, []);
    expect(failures).toEqual([]);
    expect(checked).toBe(faceScores.reduce((n, s) => n * s.length, 1));
    // Every 不動層 result gets a group; every group and tendency is reached.
    for (const g of ['fudo/reach', 'fudo/grow', 'fudo/apply', 'shinchou/-', 'co-jinzai/-', 'shinchou/apply', 'co-jinzai/reach']) expect(seen, g).toContain(g);
    expect(seen).not.toContain('fudo/-');
  }, 600_000);
});
