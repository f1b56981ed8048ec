import { describe, expect, it } from 'vitest';
import type { AnswerSet } from '@/lib/answers';
import { diagnoseScores } from '@/lib/self-check/engine';
import { findContradictions } from '@/lib/self-check/invariants';
import { resultSentences } from '@/lib/self-check/sentences';
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

/** Item answers some measure requires or excludes: each of their values is swept too. */
const askedItems = [...new Set(data.measures.flatMap((m) => [...Object.keys(m.requires), ...Object.keys(m.excludes)]))];

function walkFaces(visit: (scores: DimensionScore[]) => void) {
  const walk = (i: number, acc: DimensionScore[]) => {
    if (i === faceScores.length) return visit(acc);
    for (const s of faceScores[i]!) walk(i + 1, [...acc, s]);
  };
  walk(0, []);
}

const setOf = (choices: Record<string, string[]>, answers: Record<string, number> = {}): AnswerSet => ({ instrument: 'self-check', version: instrument.version, answers, choices });
const show = (acc: DimensionScore[]) => acc.map((s) => `${s.id}=${s.score}`).join(' ');
/** Band of a shown score, read from the rules here rather than from the engine. */
const bandHere = (s: DimensionScore) => {
  const rule = data.rules.faces.find((f) => f.id === s.id)!;
  return s.score! < rule.limit ? 'low' : s.score! >= rule.strong ? 'high' : 'middle';
};
const segmentHere = (acc: DimensionScore[]) => {
  const vals = acc.filter((s) => data.rules.taigenDo.dimensions.includes(s.id)).map((s) => s.score!);
  const t = Math.round(vals.reduce((a, b) => a + b, 0) / vals.length);
  return data.rules.segments.find((s) => t >= s.min)!.id;
};

describe('self-check: every combination of face scores and every choice set', () => {
  it('never contradicts its rules or shows a sentence whose condition fails, for all 390,625 score combinations', () => {
    // 25 scores per face, 25⁴ = 390,625 combinations; each is checked with the next choice set in turn.
    let checked = 0;
    const failures: string[] = [];
    const seen = new Set<string>();
    walkFaces((acc) => {
      const set = setOf(choiceSets[checked % choiceSets.length]!);
      const d = diagnoseScores(data, set, acc);
      seen.add(`${d.segment.id}/${d.group?.id ?? '-'}`);
      const problems = findContradictions(data, d, set);
      if (problems.length && failures.length < 5) failures.push(`${show(acc)} ${JSON.stringify(set.choices)}: ${problems.join('; ')}`);
      checked++;
    });
    expect(failures).toEqual([]);
    expect(checked).toBe(faceScores.reduce((n, s) => n * s.length, 1));
    // Every 不動層 result gets a group; every group and tendency is reached.
    for (const g of ['fudo/reach', 'fudo/grow', 'fudo/apply', 'shinchou/-', 'co-jinzai/-', 'shinchou/apply', 'co-jinzai/reach']) expect(seen, g).toContain(g);
    expect(seen).not.toContain('fudo/-');
  }, 1_200_000);

  it('meets every choice set and every value of the items measures depend on in every band pattern and segment', () => {
    // What a sentence condition reads besides the choices and answers — the four bands and the segment — takes at
    // most 3⁴ × 3 values. Each pattern that occurs is tried at its first and last score combination (walk order)
    // with every choice set, with no answers and with each value of each item a measure requires or excludes.
    const reps = new Map<string, DimensionScore[][]>();
    walkFaces((acc) => {
      const key = `${acc.map(bandHere).join(',')}/${segmentHere(acc)}`;
      const list = reps.get(key) ?? [];
      if (list.length < 2) list.push(acc);
      else list[1] = acc;
      reps.set(key, list);
    });
    expect(askedItems.length).toBeGreaterThan(0);
    const answerSets: Record<string, number>[] = [{}, ...askedItems.flatMap((item) => Array.from({ length: points }, (_, k) => ({ [item]: k + 1 })))];
    const failures: string[] = [];
    const slots = new Set<string>();
    let checked = 0;
    for (const list of reps.values()) {
      for (const acc of list) {
        for (const choices of choiceSets) {
          for (const answers of answerSets) {
            const set = setOf(choices, answers);
            const d = diagnoseScores(data, set, acc);
            for (const s of resultSentences(data, d, set)) slots.add(`${s.slot}:${s.text}`);
            const problems = findContradictions(data, d, set);
            if (problems.length && failures.length < 5) failures.push(`${show(acc)} ${JSON.stringify(choices)} ${JSON.stringify(answers)}: ${problems.join('; ')}`);
            checked++;
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(reps.size * choiceSets.length);
    // Every sentence written for a labelled result is shown somewhere (no dead text); placeholders are all filled.
    const reached = [...slots].join('\n');
    for (const s of data.rules.sentences.filter((x) => x.when.label === 'shown' && !x.when.style && x.when.ageBand !== 'missing')) {
      expect(reached, `${s.slot}: ${s.text}`).toContain(`${s.slot}:${s.text.split('{')[0]}`);
    }
    expect(reached).not.toMatch(/\{[a-zA-Z]+\}/);
  }, 600_000);
});
