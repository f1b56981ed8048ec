import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerSet } from '@/lib/answers';
import { diagnose } from '@/lib/self-check/engine';
import { findContradictions } from '@/lib/self-check/invariants';
import { selfCheckData } from './support/data';
import { answersForLevels, answersForSums, sameAnswerEverywhere } from './support/self-check-answers';

const data = selfCheckData();
const { items } = data.instrument;

type Kind = 'reach' | 'grow' | 'apply' | 'band' | 'reason';
/** What kinds of measures a result lists: a group's measures, the age band's step measures, the reason's. */
const kindsOf = (ms: { groups: string[]; ageBands: string[]; reasons: string[] }[], reason: string | null) =>
  [...new Set(ms.flatMap((m) => [...m.groups, ...(m.ageBands.length ? ['band'] : []), ...(reason && m.reasons.includes(reason) ? ['reason'] : [])]))].sort() as Kind[];

interface Row {
  name: string;
  set: AnswerSet;
  segment: string;
  shown: boolean;
  group: string | null;
  reason: string | null;
  chosen?: boolean;
  kinds: Kind[];
}

// Faces by keyed level on every item (1 → 0 … 5 → 100), age band 中堅層 unless said otherwise.
const L = (mieru: number, fuyasu: number, tsunagu: number, reach: number, choices?: Record<string, string[]>) => answersForLevels(data, { mieru, fuyasu, tsunagu, reach }, choices);

const table: Row[] = [
  { name: 'strong everywhere: no group, no reason, nothing to fix', set: L(5, 5, 5, 5), segment: 'co-jinzai', shown: true, group: null, reason: null, kinds: [] },
  { name: 'low everywhere: reach first (知る)', set: L(1, 1, 1, 1), segment: 'fudo', shown: true, group: 'reach', reason: 'middle-plateau', kinds: ['band', 'reach', 'reason'] },
  // The case: low 届く with even lower 見える/増やす is still リーチ不足群, never 「施策は届いているが」.
  { name: 'low reach, lower 見える/増やす', set: L(1, 1, 2, 2), segment: 'fudo', shown: true, group: 'reach', reason: 'middle-plateau', kinds: ['band', 'reach', 'reason'] },
  { name: 'reach fine, 見える low: 伸ばせていない群', set: L(2, 4, 2, 4), segment: 'fudo', shown: true, group: 'grow', reason: 'middle-cannot-picture', kinds: ['band', 'grow', 'reason'] },
  { name: 'reach, 見える, 増やす fine, つなぐ low: 自社での発揮を描けない群, cycle goes on past 拡げる', set: L(3, 3, 1, 4), segment: 'fudo', shown: true, group: 'apply', reason: 'middle-cannot-picture', kinds: ['apply', 'band', 'reason'] },
  { name: 'strong but cannot picture it here: 伸長層 with a tendency', set: L(5, 5, 1, 4), segment: 'shinchou', shown: true, group: 'apply', reason: 'middle-cannot-picture', kinds: ['apply', 'band', 'reason'] },
  { name: 'nothing low: no reason guessed', set: L(4, 3, 4, 4), segment: 'shinchou', shown: true, group: null, reason: null, kinds: ['band'] },
  { name: 'nothing low, reason chosen: its measures appear', set: L(4, 3, 4, 4, { age: ['middle'], reason: ['middle-no-time'] }), segment: 'shinchou', shown: true, group: null, reason: 'middle-no-time', chosen: true, kinds: ['band', 'reason'] },
  { name: '「そう思わない」 everywhere: straight-lined, label held back', set: sameAnswerEverywhere(data, 1), segment: 'fudo', shown: false, group: 'reach', reason: 'middle-plateau', kinds: ['band', 'reach', 'reason'] },
  { name: '「そう思う」 everywhere: straight-lined, label held back', set: sameAnswerEverywhere(data, 5), segment: 'shinchou', shown: false, group: null, reason: null, kinds: ['band'] },
  { name: 'young, 見える low', set: L(2, 4, 4, 4, { age: ['young'] }), segment: 'shinchou', shown: true, group: 'grow', reason: 'young-no-axis', kinds: ['band', 'grow', 'reason'] },
];

describe('self-check engine: hand-written profiles', () => {
  for (const row of table) {
    it(row.name, () => {
      const d = diagnose(data, row.set);
      expect(d.complete).toBe(true);
      expect(d.segment.id).toBe(row.segment);
      expect(d.labelShown).toBe(row.shown);
      expect(d.group?.id ?? null).toBe(row.group);
      expect(d.reason?.id ?? null).toBe(row.reason);
      if (d.reason) expect(d.reason.chosen).toBe(row.chosen ?? false);
      expect(kindsOf(d.measures, d.reason?.id ?? null)).toEqual(row.kinds);
      expect(findContradictions(data, d)).toEqual([]);
    });
  }

  it('continues the cycle: 自社での発揮を描けない群 starts at 拡げる and goes on to 知る', () => {
    const d = diagnose(data, L(3, 3, 1, 4));
    expect(d.selfMeasures.filter((m) => m.groups.includes('apply')).map((m) => m.cycle)).toEqual(['expand', 'know', 'notice']);
  });

  it('changes the measures when a reason is chosen, not only their order', () => {
    const without = diagnose(data, L(4, 3, 4, 4)).measures.map((m) => m.id);
    const chosen = diagnose(data, L(4, 3, 4, 4, { age: ['middle'], reason: ['middle-no-time'] })).measures.map((m) => m.id);
    expect(new Set(chosen)).not.toEqual(new Set(without));
    expect(chosen.some((id) => data.measures.find((m) => m.id === id)!.reasons.includes('middle-no-time'))).toBe(true);
  });

  it('says so when the chosen reason only has measures for a face already high', () => {
    const d = diagnose(data, L(5, 5, 1, 4, { age: ['middle'], reason: ['middle-no-time'] }));
    expect(d.reasonMeasuresAllHigh).toBe(true);
    expect(d.measures.every((m) => !m.frames.every((f) => f === 'fuyasu'))).toBe(true);
  });

  it('splits measures into what the person can do and what to ask for', () => {
    const d = diagnose(data, L(1, 1, 1, 1));
    expect(d.selfMeasures.length).toBeGreaterThan(0);
    expect(d.consultMeasures.length).toBeGreaterThan(0);
    expect(d.selfMeasures.every((m) => m.action === 'self' && m.owners.includes('self'))).toBe(true);
    expect(d.consultMeasures.every((m) => m.action === 'consult')).toBe(true);
  });

  it('classifies on the shown whole number at the limits (69.7 → 70 → C/O人材; 44.7 → 45 → 伸長層)', () => {
    // Face sums give 71, 67, 71 → mean 69.67 → shown 70, and 70 is C/O人材.
    const up = diagnose(data, answersForSums(data, { mieru: 23, fuyasu: 22, tsunagu: 23, reach: 24 }));
    expect(up.dimensions.map((f) => f.score)).toEqual([71, 67, 71, 75]);
    expect(up.taigenDo).toBe(70);
    expect(up.segment.id).toBe('co-jinzai');
    // 46, 46, 42 → 44.67 → shown 45 → 伸長層.
    const edge = diagnose(data, answersForSums(data, { mieru: 17, fuyasu: 17, tsunagu: 16, reach: 24 }));
    expect(edge.taigenDo).toBe(45);
    expect(edge.segment.id).toBe('shinchou');
  });

  it('flags an item and its opposite both agreed with, and holds the label back', () => {
    const set = L(4, 4, 4, 4);
    const opposed = items.filter((i) => i.opposes).slice(0, 2);
    for (const r of opposed) {
      set.answers[r.id] = 5;
      set.answers[r.opposes!] = 5;
    }
    const d = diagnose(data, set);
    expect(d.style.contradictions.map((c) => c.reverseId)).toEqual(opposed.map((r) => r.id));
    expect(d.style.flagged).toBe(true);
    expect(d.labelShown).toBe(false);
    // One contradiction alone is noted but does not withhold the label.
    const one = L(4, 4, 4, 4);
    one.answers[opposed[0]!.id] = 5;
    one.answers[opposed[0]!.opposes!] = 5;
    expect(diagnose(data, one).style.contradictions).toHaveLength(1);
    expect(diagnose(data, one).labelShown).toBe(true);
  });

  it('quotes the answers behind the group, explaining reverse items', () => {
    const set = L(3, 3, 2, 4);
    const reverse = items.find((i) => i.dimension === 'tsunagu' && i.reverse)!;
    set.answers[reverse.id] = 5;
    const d = diagnose(data, set);
    expect(d.group?.id).toBe('apply');
    expect(d.drivers.every((x) => x.dimension === 'tsunagu')).toBe(true);
    expect(d.drivers[0]).toMatchObject({ itemId: reverse.id, reverse: true, answerLabel: 'そう思う' });
    // For a リーチ不足群 result the drivers are 届く answers, not the lowest face.
    expect(diagnose(data, L(1, 1, 2, 2)).drivers.every((x) => x.dimension === 'reach')).toBe(true);
  });

  it('never lowers C/O体現度 when a person agrees more with a positively worded item', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: items.length, maxLength: items.length }), fc.nat(items.length - 1), (values, k) => {
        const item = items[k]!;
        fc.pre(!item.reverse && values[k]! < 5);
        const before: AnswerSet = { instrument: 'self-check', version: data.instrument.version, answers: Object.fromEntries(items.map((i, n) => [i.id, values[n]!])), choices: {} };
        const after: AnswerSet = { ...before, answers: { ...before.answers, [item.id]: values[k]! + 1 } };
        expect(diagnose(data, after).taigenDo).toBeGreaterThanOrEqual(diagnose(data, before).taigenDo);
      }),
    );
  });

  it('keeps every invariant on random raw answers too (any style, any band, any reason)', () => {
    const reasons = data.ageBands.flatMap((b) => b.reasons.map((r) => [b.id, r.id] as const));
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: items.length, maxLength: items.length }), fc.option(fc.constantFrom(...reasons)), (values, pick) => {
        const set: AnswerSet = { instrument: 'self-check', version: data.instrument.version, answers: Object.fromEntries(items.map((i, n) => [i.id, values[n]!])), choices: pick ? { age: [pick[0]], reason: [pick[1]] } : { age: ['young'] } };
        expect(findContradictions(data, diagnose(data, set))).toEqual([]);
      }),
    );
  });

  it('has a checker that catches each of the old engine\'s mistakes', () => {
    const reach = diagnose(data, L(1, 1, 2, 2));
    const grow = data.fudoGroups.find((g) => g.id === 'grow')!;
    const growRule = data.rules.groups.find((g) => g.id === 'grow')!;
    // 「施策は届いているが」 beside 届く 25: the largest-shortfall pick of v1.
    expect(findContradictions(data, { ...reach, group: { ...grow, why: growRule.why, lowFaces: ['mieru'], tendency: false } }).join()).toMatch(/規則の reach と違う.*矛盾する/);
    // 70 beside 伸長層.
    const edge = diagnose(data, answersForSums(data, { mieru: 23, fuyasu: 22, tsunagu: 23, reach: 24 }));
    expect(findContradictions(data, { ...edge, segment: data.rules.segments[1]! })).not.toEqual([]);
    // A reason guessed from a face at 100.
    const top = diagnose(data, L(5, 5, 5, 5, { age: ['young'] }));
    const axis = data.ageBands[0]!.reasons[0]!;
    expect(findContradictions(data, { ...top, reason: { ...axis, chosen: false, face: 'mieru' } })).not.toEqual([]);
    // A measure for a face already at 100, and a straight-lined result shown with its label.
    const forMieru = data.measures.find((m) => m.ageBands.includes('young') && m.frames.every((f) => f === 'mieru'))!;
    expect(findContradictions(data, { ...top, measures: [forMieru], selfMeasures: [], consultMeasures: [forMieru] })).not.toEqual([]);
    const flat = diagnose(data, sameAnswerEverywhere(data, 5));
    expect(findContradictions(data, { ...flat, labelShown: true })).not.toEqual([]);
  });

  it('reports what is missing instead of pretending the answer set is complete', () => {
    const d = diagnose(data, { instrument: 'self-check', version: data.instrument.version, answers: { m1: 3 }, choices: {} });
    expect(d.complete).toBe(false);
    expect(d.missing).toContain('age');
    expect(d.missing).toContain('f1');
    expect(d.style.sameAnswer).toBeNull();
  });
});
