import { columnValues } from '@/lib/team/coded-column';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerSet } from '@/lib/answers';
import { cronbachAlpha, alphaAccumulator, ALPHA_MIN_PEOPLE } from '@/lib/team/alpha';
import { breakdown, breakdownToCsv, hideText, type Breakdown } from '@/lib/team/breakdown';
import { NO_SEGMENT, NO_SEGMENT_LABEL, poolOf } from '@/lib/team/pool';
import { diagnose } from '@/lib/self-check/engine';
import { parseCsv } from '@/lib/team/csv-parse';
import { selfCheckData } from './support/data';

const data = selfCheckData();
const items = data.instrument.items;

const setOf = (values: number[], band: string): AnswerSet => ({ instrument: 'self-check', version: data.instrument.version, answers: Object.fromEntries(items.map((i, n) => [i.id, values[n % values.length]!])), choices: { age: [band] } });
/** Everyone at one level on every face: reverse items answered the other way. */
const levelSet = (level: number, band: string): AnswerSet => ({ ...setOf([1], band), answers: Object.fromEntries(items.map((i) => [i.id, i.reverse ? 6 - level : level])) });
const personArb = fc.record({ values: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: items.length, maxLength: items.length }), band: fc.constantFrom('young', 'middle', 'senior'), dept: fc.constantFrom('営業', '開発', '総務', '人事', '') });

describe("Cronbach's α", () => {
  it('matches values computed by hand', () => {
    // Items 1–3 for four people. Item variances (population) 1.25, 0.5, 1.25; totals 5, 8, 10, 13 have variance 8.5.
    // α = 3/2 · (1 − 3/8.5) = 33/34.
    expect(cronbachAlpha([[1, 2, 2], [2, 3, 3], [3, 3, 4], [4, 4, 5]])).toBeCloseTo(33 / 34, 12);
    // Two items answered in opposite directions: variances 1 and 1, totals all 6 → no spread: α undefined.
    expect(cronbachAlpha([[1, 5], [3, 3], [5, 1]])).toBeNull();
    // Two items, people 1..3: item variances 2/3 and 2/3 (population), totals 2, 5, 5 → mean 4, variance 2.
    // α = 2 · (1 − (4/3)/2) = 2/3.
    expect(cronbachAlpha([[1, 1], [2, 3], [3, 2]])).toBeCloseTo(2 / 3, 12);
    // Identical items: α = 1.
    expect(cronbachAlpha([[1, 1, 1], [2, 2, 2], [5, 5, 5]])).toBeCloseTo(1, 12);
    expect(cronbachAlpha([[3, 4]])).toBeNull();
  });

  it('is the same whether accumulated row by row or computed from the table, and never above 1', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 4, maxLength: 4 }), { minLength: 2, maxLength: 40 }), (rows) => {
        const a = cronbachAlpha(rows);
        if (a !== null) expect(a).toBeLessThanOrEqual(1 + 1e-9);
        const acc = alphaAccumulator(4);
        rows.forEach((r) => acc.add(r));
        expect(acc.result().alpha).toBe(a);
      }),
    );
  });

  it('is reported per face from 30 people on, on reverse-keyed answers', () => {
    // Everyone answers their level everywhere (reverse items flipped back): faces are perfectly consistent.
    const people = Array.from({ length: ALPHA_MIN_PEOPLE }, (_, n) => ({ set: levelSet((n % 5) + 1, 'young') }));
    expect(poolOf(data, people.slice(1)).alpha.every((f) => f.alpha === null)).toBe(true);
    const full = poolOf(data, people).alpha;
    expect(full.map((f) => f.id)).toEqual(data.instrument.dimensions.map((d) => d.id));
    for (const f of full) expect(f.alpha).toBeCloseTo(1, 9);
  });
});

const cell = (b: Breakdown, section: string, row: string, column: string) => {
  const s = b.sections.find((x) => x.id === section)!;
  const r = s.rows.find((x) => x.id === row)!;
  const c = b.columns.findIndex((x) => x.label === column);
  return r.hidden[c] ? 'hidden' : r.values[c];
};

describe('breakdowns with small groups protected', () => {
  it('merges small departments into その他, hides it, and one more figure so that it cannot be recovered from the total', () => {
    const mixed = (n: number, dept: string, band: string) => Array.from({ length: n }, (_, i) => ({ set: levelSet(i % 2 ? 5 : 1, band), extras: [dept] }));
    const people = [...mixed(8, '営業', 'young'), ...mixed(6, '開発', 'middle'), ...mixed(3, '総務', 'senior')];
    const b = breakdown(poolOf(data, people, ['部署']), data, { kind: 'extra', column: 0 }, 3);
    expect(b.columns.map((c) => c.label)).toEqual(['全体', '営業', '開発', '総務']);
    const b5 = breakdown(poolOf(data, people, ['部署']), data, { kind: 'extra', column: 0 }, 5);
    expect(b5.columns.map((c) => [c.label, c.hidden])).toEqual([
      ['全体', false],
      ['営業', false],
      ['開発', true],
      ['その他（5人未満の集まりをまとめたもの）', true],
    ]);
    expect(cell(b5, 'scores', 'mieru', '開発')).toBe('hidden');
    const csv = parseCsv(breakdownToCsv(b5, []).slice(1)).records;
    expect(csv).toContainEqual(['人数', 'その他（5人未満の集まりをまとめたもの）', '回答数', hideText('small', 5), '']);
    expect(csv).toContainEqual(['人数', '開発', '回答数', hideText('linked', 5), '']);
    expect(csv).toContainEqual(['人数', '営業', '回答数', '8', '']);
    expect(csv.some((r) => r.includes('総務'))).toBe(false);
  });

  it('never shows a count of 1…N−1, and never lets a hidden count be recovered by subtraction, for any pool and N', () => {
    fc.assert(
      fc.property(fc.array(personArb, { maxLength: 60 }), fc.integer({ min: 2, max: 10 }), fc.boolean(), (people, minSize, byBand) => {
        const pool = poolOf(data, people.map((p) => ({ set: setOf(p.values, p.band), extras: [p.dept] })), ['部署']);
        const b = breakdown(pool, data, byBand ? { kind: 'band' } : { kind: 'extra', column: 0 }, minSize);
        expect(b.columns[0]!.count).toBe(people.length);
        const hiddenParts = b.columns.slice(1).filter((c) => c.hidden).length;
        if (!b.columns[0]!.hidden) expect(hiddenParts).not.toBe(1);
        // A single group is everyone: its size is the total, shown at the top of the page.
        if (b.columns.length > 2) for (const c of b.columns.slice(1)) if (c.count < minSize) expect(c.hidden).toBe(true);
        for (const s of b.sections) {
          for (const r of s.rows) {
            r.values.forEach((v, c) => {
              if (b.columns[c]!.hidden) expect(r.hidden[c]).toBe(true);
              if (s.kind === 'count' && v !== null && v > 0 && v < minSize) expect(r.hidden[c]).toBe(true);
            });
            if (s.kind === 'count' && !r.hidden[0]) expect(r.hidden.slice(1).filter(Boolean).length).not.toBe(1);
          }
        }
        const seg = b.sections.find((s) => s.id === 'segments')!;
        b.columns.forEach((col, c) => {
          if (!col.hidden) expect(seg.rows.filter((r) => r.hidden[c]).length).not.toBe(1);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('writes the CSV with exactly the figures the table shows', () => {
    fc.assert(
      fc.property(fc.array(personArb, { minLength: 1, maxLength: 40 }), (people) => {
        const pool = poolOf(data, people.map((p) => ({ set: setOf(p.values, p.band), extras: [p.dept] })), ['部署']);
        const b = breakdown(pool, data, { kind: 'band' }, 5);
        const csv = parseCsv(breakdownToCsv(b, pool.measures).slice(1)).records;
        const shownInCsv = csv.filter((r) => r[0] !== 'おすすめされた施策' && /表示しません$/.test(r[3]!)).length;
        const hiddenInTable = b.columns.filter((c) => c.hidden).length + b.sections.flatMap((s) => s.rows.flatMap((r) => r.hidden)).filter(Boolean).length;
        expect(shownInCsv).toBe(hiddenInTable);
      }),
      { numRuns: 50 },
    );
  });
});

describe('the pool', () => {
  it('gives everyone the diagnosis the engine gives them, though people with the same scores share one computation', () => {
    const withReason = fc.record({ person: personArb, reason: fc.boolean() });
    fc.assert(
      fc.property(fc.array(withReason, { minLength: 1, maxLength: 30 }), (list) => {
        const sets = list.map(({ person, reason }) => {
          const set = setOf(person.values, person.band);
          const first = data.ageBands.find((b) => b.id === person.band)!.reasons[0]!.id;
          return reason ? { ...set, choices: { ...set.choices, reason: [first] } } : set;
        });
        // Everyone twice, in a different order for the second half, so the shared computations are exercised.
        const people = [...sets, ...[...sets].reverse()].map((set) => ({ set, extras: ['x'] }));
        const pool = poolOf(data, people, ['部署']);
        const expected = people.map((p) => diagnose(data, p.set));
        // A person whose own result names no segment (answering style) is counted apart, as on that result.
        expect(columnValues(pool.segments)).toEqual(expected.map((d) => (d.labelShown ? d.segment.id : NO_SEGMENT)));
        expect(columnValues(pool.groups)).toEqual(expected.map((d) => (d.labelShown ? (d.group?.id ?? '') : '')));
        expect(columnValues(pool.bands)).toEqual(expected.map((d) => d.ageBand?.id ?? ''));
        for (const dim of data.instrument.dimensions) expect([...pool.scores[dim.id]!]).toEqual(expected.map((d) => d.dimensions.find((x) => x.id === dim.id)!.score ?? NaN));
        const counts = new Map<string, number>();
        for (const d of expected) for (const m of d.measures) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
        expect(Object.fromEntries(pool.measures.map((m) => [m.id, m.count]))).toEqual(Object.fromEntries(counts));
      }),
      { numRuns: 60 },
    );
  });

  it('counts straight-lined answers apart from the segments, and the segment rows still add up to everyone', () => {
    // Five people who answered 「そう思う」 to everything, reverse items included, and five who answered with care.
    const straight = Array.from({ length: 5 }, () => ({ set: setOf([5], 'young') }));
    const careful = Array.from({ length: 5 }, () => ({ set: levelSet(4, 'young') }));
    expect(diagnose(data, straight[0]!.set).labelShown).toBe(false);
    expect(diagnose(data, careful[0]!.set).labelShown).toBe(true);
    const b = breakdown(poolOf(data, [...straight, ...careful]), data, { kind: 'band' }, 5);
    const rows = b.sections.find((s) => s.id === 'segments')!.rows;
    expect(rows.find((r) => r.id === NO_SEGMENT)).toMatchObject({ label: NO_SEGMENT_LABEL, values: [5, 5] });
    expect(rows.reduce((sum, r) => sum + (r.values[0] as number), 0)).toBe(10);
    // Only when someone is in it.
    const none = breakdown(poolOf(data, careful), data, { kind: 'band' }, 5);
    expect(none.sections.find((s) => s.id === 'segments')!.rows.map((r) => r.id)).not.toContain(NO_SEGMENT);
  });
});
