import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerSet } from '@/lib/answers';
import { bonett, newcombe, t975, welch, wilson } from '@/lib/team/change-intervals';
import { poolOf } from '@/lib/team/pool';
import { changeText, compareRounds, kpiText, readRound, summariseRound } from '@/lib/team/rounds';
import { selfCheckData } from './support/data';

const data = selfCheckData();
const items = data.instrument.items;
const levelSet = (level: number, band = 'young'): AnswerSet => ({ instrument: 'self-check', version: data.instrument.version, answers: Object.fromEntries(items.map((i) => [i.id, i.reverse ? 6 - level : level])), choices: { age: [band] } });

describe('intervals for a change between rounds', () => {
  it("match published values: Newcombe's example 56/70 − 48/80, Student's t, Welch by hand", () => {
    // Newcombe (1998), Statistics in Medicine 17:873–890, table II, method 10: 0.0524 to 0.3339.
    const d = newcombe(48, 80, 56, 70);
    expect(d.low).toBeCloseTo(0.0524, 4);
    expect(d.high).toBeCloseTo(0.3339, 4);
    // Wilson for 10 of 25: 0.2343 to 0.5926 (computed by hand from the formula).
    expect(wilson(10, 25).low).toBeCloseTo(0.2340, 3);
    expect(wilson(10, 25).high).toBeCloseTo(0.5926, 3);
    for (const [df, t] of [[3, 3.1824], [5, 2.5706], [10, 2.2281], [30, 2.0423], [1000, 1.9623]] as const) expect(Math.abs(t975(df) - t)).toBeLessThan(df === 3 ? 0.01 : 0.002);
    // n 10 and 10, sd 10 and 10, means 50 and 60: se √20, df 18, t 2.1009.
    const w = welch({ n: 10, mean: 50, sd: 10 }, { n: 10, mean: 60, sd: 10 });
    expect(w.low).toBeCloseTo(10 - 2.1009 * Math.sqrt(20), 2);
    expect(w.high).toBeCloseTo(10 + 2.1009 * Math.sqrt(20), 2);
  });

  it('always contain the observed change, and a proportion interval stays within −1…1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 300 }), fc.nat(), fc.nat(), (n1, n2, a, b) => {
        const k1 = a % (n1 + 1);
        const k2 = b % (n2 + 1);
        const i = newcombe(k1, n1, k2, n2);
        const d = k2 / n2 - k1 / n1;
        expect(i.low).toBeLessThanOrEqual(d + 1e-12);
        expect(i.high).toBeGreaterThanOrEqual(d - 1e-12);
        expect(i.low).toBeGreaterThanOrEqual(-1 - 1e-12);
        expect(i.high).toBeLessThanOrEqual(1 + 1e-12);
      }),
    );
    fc.assert(
      fc.property(fc.double({ min: 0, max: 0.99, noNaN: true }), fc.integer({ min: 30, max: 5000 }), fc.integer({ min: 2, max: 12 }), (alpha, n, k) => {
        const i = bonett(alpha, n, k);
        expect(i.low).toBeLessThanOrEqual(alpha);
        expect(i.high).toBeGreaterThanOrEqual(alpha);
        expect(i.high).toBeLessThan(1);
      }),
    );
  });
});

describe('rounds', () => {
  // 40 people this round, 36 last round, at different levels.
  const people = (levels: number[]) => levels.map((l, i) => ({ set: levelSet(l, i % 2 ? 'young' : 'middle') }));
  const before = summariseRound(poolOf(data, people(Array.from({ length: 36 }, (_, i) => [1, 2, 3, 4][i % 4]!))), data, 5, '2025-12-01');
  const after = summariseRound(poolOf(data, people(Array.from({ length: 40 }, (_, i) => [2, 3, 4, 5][i % 4]!))), data, 5, '2026-12-01');

  it('a saved round reads back as it was, and shows every KPI for both rounds with the change', () => {
    const read = readRound(JSON.stringify(before), data);
    expect(read).toEqual({ ok: true, round: before });
    const rows = compareRounds(before, after);
    expect(new Set(rows.map((r) => r.section))).toEqual(new Set(['reach', 'segments', 'groups', 'faces', 'alpha']));
    const mieru = rows.find((r) => r.id === 'face:mieru')!;
    expect(mieru.change).toBeCloseTo(after.faces.find((f) => f.id === 'mieru')!.mean! - before.faces.find((f) => f.id === 'mieru')!.mean!, 9);
    expect(mieru.interval!.low).toBeLessThan(mieru.change!);
    // α from 30 people on, in both rounds.
    expect(rows.filter((r) => r.section === 'alpha').every((r) => r.before !== null && r.after !== null)).toBe(true);
  });

  it('keeps the small-group rules: a hidden count is not in the file, and its change is not shown', () => {
    // 3 people at level 1 among 40: a count under 5 in this round.
    const small = summariseRound(poolOf(data, people([...Array.from({ length: 37 }, () => 4), 1, 1, 1])), data, 5, '2026-12-01');
    const text = JSON.stringify(small);
    for (const s of small.segments) if (s.count !== null) expect(s.count === 0 || s.count >= 5).toBe(true);
    expect(small.segments.some((s) => s.count === null)).toBe(true);
    const rows = compareRounds(before, small);
    for (const r of rows.filter((x) => x.section === 'segments' || x.section === 'groups')) {
      const hidden = small[r.section === 'segments' ? 'segments' : 'groups'].find((x) => `${r.section === 'segments' ? 'segment' : 'group'}:${x.id}` === r.id)!.count === null;
      if (hidden) {
        expect(r.after).toBeNull();
        expect(r.change).toBeNull();
        expect(changeText(r)).toBe('—');
      }
    }
    expect(text).not.toContain('"count": 3');
  });

  it('refuses another version of the questions, or a file that is not a round, with a Japanese message', () => {
    const other = readRound(JSON.stringify({ ...before, instrumentVersion: data.instrument.version + 1 }), data);
    expect(other).toEqual({ ok: false, message: expect.stringContaining('設問が変わっているため') });
    expect(readRound('{"format":"co-guide-self-check-result"}', data)).toEqual({ ok: false, message: expect.stringContaining('前回の集計ファイルではありません') });
    expect(readRound('not json', data)).toEqual({ ok: false, message: expect.stringContaining('読み取れません') });
    expect(readRound(JSON.stringify({ ...before, segments: [{ id: 'x', label: 'x', count: -1 }] }), data)).toEqual({ ok: false, message: expect.stringContaining('書き換えられています') });
  });

  it('writes shares with their counts, and a change with its interval', () => {
    expect(kpiText('share', 10 / 25, [10, 25])).toBe('40.0%（25人中10人）');
    expect(kpiText('mean', null)).toBe('—');
    const row = { id: 'x', section: 'segments' as const, label: 'x', kind: 'share' as const, before: 0.5, after: 0.6, change: 0.1, interval: { low: -0.012, high: 0.2 } };
    expect(changeText(row)).toBe('+10.0ポイント（95%区間 −1.2〜+20.0）');
  });
});
