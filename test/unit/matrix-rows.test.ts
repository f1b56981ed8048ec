import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTooSmall, medianSplit, parseMatrixRows, quadrantOf, rowsToCsv } from '@/lib/matrix/rows';

const labelArb = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && s.trim() !== '' && !/[\r\n"#\t,]/.test(s) && s === s.normalize('NFKC'));
const rowArb = fc.record({ label: labelArb, co: fc.integer({ min: 0, max: 100 }), contribution: fc.integer({ min: 0, max: 100 }) });
const rowsArb = fc.uniqueArray(rowArb, { selector: (r) => r.label, maxLength: 30 });

describe('matrix rows', () => {
  it('never throws on arbitrary text, and every reported problem names its row', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const { problems } = parseMatrixRows(text);
        for (const p of problems) expect(p.message).toMatch(new RegExp(`^${p.line}行目`));
      }),
    );
  });

  it('round-trips any valid rows through CSV', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const parsed = parseMatrixRows(rowsToCsv(rows));
        expect(parsed.problems).toEqual([]);
        expect(parsed.rows).toEqual(rows);
      }),
    );
  });

  it('reads full-width digits, tabs from a spreadsheet and a Japanese header', () => {
    const { rows, problems } = parseMatrixRows('年代\tC/O体現度\t事業貢献\n３０代前半\t７１\t４５\n40代，49，62');
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { label: '30代前半', co: 71, contribution: 45 },
      { label: '40代', co: 49, contribution: 62 },
    ]);
  });

  it('reports bad rows by line and keeps the good ones', () => {
    const { rows, problems } = parseMatrixRows('A,10,20\nB,abc,3\nC,120,5\nD,1\nA,5,5\n,4,4');
    expect(rows).toEqual([{ label: 'A', co: 10, contribution: 20 }]);
    expect(problems.map((p) => p.line)).toEqual([2, 3, 4, 5, 6]);
    expect(problems[0]!.message).toContain('数値ではありません');
    expect(problems[1]!.message).toContain('0〜100');
    expect(problems[3]!.message).toContain('重複');
  });

  it('classifies quadrants with the split counted as high', () => {
    const split = { co: 50, contribution: 50 };
    expect(quadrantOf({ co: 71, contribution: 45 }, split)).toBe('c');
    expect(quadrantOf({ co: 50, contribution: 50 }, split)).toBe('a');
    expect(quadrantOf({ co: 49, contribution: 62 }, split)).toBe('b');
    expect(quadrantOf({ co: 10, contribution: 10 }, split)).toBe('d');
  });
});

describe('matrix rows for real data', () => {
  it('reads an optional headcount column (with or without 人), and refuses one that is not a whole number', () => {
    const { rows, problems } = parseMatrixRows('部署,C/O体現度,事業貢献,人数\n営業部,80,70,12\n総務部,50,40,3人\n企画部,60,60\n開発部,62,41,多数');
    expect(rows).toEqual([
      { label: '営業部', co: 80, contribution: 70, headcount: 12 },
      { label: '総務部', co: 50, contribution: 40, headcount: 3 },
      { label: '企画部', co: 60, contribution: 60 },
    ]);
    expect(problems.map((p) => p.line)).toEqual([5]);
    expect(problems[0]!.message).toContain('人数「多数」');
    expect(parseMatrixRows(rowsToCsv(rows)).rows).toEqual(rows);
    expect(rows.map((r) => isTooSmall(r, 5))).toEqual([false, true, false]);
  });

  it('splits at the medians: odd and even counts by hand, and about half on each side for any rows', () => {
    expect(medianSplit([])).toBeNull();
    expect(medianSplit([{ label: 'a', co: 10, contribution: 90 }, { label: 'b', co: 30, contribution: 20 }, { label: 'c', co: 20, contribution: 50 }])).toEqual({ co: 20, contribution: 50 });
    expect(medianSplit([{ label: 'a', co: 10, contribution: 90 }, { label: 'b', co: 30, contribution: 20 }])).toEqual({ co: 20, contribution: 55 });
    fc.assert(
      fc.property(rowsArb.filter((r) => r.length > 0), (rows) => {
        const split = medianSplit(rows)!;
        const below = rows.filter((r) => r.co < split.co).length;
        expect(below).toBeLessThanOrEqual(Math.floor(rows.length / 2));
        expect(rows.filter((r) => r.co > split.co).length).toBeLessThanOrEqual(Math.floor(rows.length / 2));
      }),
    );
  });
});
