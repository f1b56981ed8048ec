import { describe, expect, it } from 'vitest';
import { matrixView, plotSummary, quadrantFor, withAddedRow } from '@/lib/matrix/view';
import { readDataFile } from '@/data/read-file';

const settings = readDataFile('content', 'matrix');

describe('matrix view', () => {
  it('shows the illustration while there are no rows, at the fixed split', () => {
    const v = matrixView([], settings, 'fixed', 5);
    expect(v.isIllustration).toBe(true);
    expect(v.listed).toEqual(settings.illustration);
    expect(v.showing).toEqual(settings.illustration);
    expect(v.split).toEqual(settings.split);
    expect(v.hasHeadcount).toBe(false);
    expect(v.hasSmallGroups).toBe(false);
    expect(v.names).toEqual({ a: 'A 自律貢献', b: 'B 成果先行', c: 'C 未活用', d: 'D 停滞' });
  });

  it('lists small groups but neither plots nor numbers them', () => {
    const rows = [
      { label: '営業', co: 70, contribution: 80, headcount: 12 },
      { label: '総務', co: 40, contribution: 30, headcount: 3 },
      { label: '開発', co: 60, contribution: 20 },
    ];
    const v = matrixView(rows, settings, 'fixed', 5);
    expect(v.isIllustration).toBe(false);
    expect(v.listed.map((r) => r.label)).toEqual(['営業', '総務', '開発']);
    expect(v.showing.map((r) => r.label)).toEqual(['営業', '開発']);
    expect(v.showing.map((r) => v.numberOf.get(r))).toEqual([1, 2]);
    expect(v.numberOf.has(rows[1]!)).toBe(false);
    expect(v.hasHeadcount).toBe(true);
    expect(v.hasSmallGroups).toBe(true);
  });

  it('splits at the median of the shown rows when asked, else at the fixed values', () => {
    const rows = [
      { label: 'x', co: 10, contribution: 20 },
      { label: 'y', co: 30, contribution: 40 },
      { label: 'z', co: 90, contribution: 90, headcount: 1 },
    ];
    expect(matrixView(rows, settings, 'median', 5).split).toEqual({ co: 20, contribution: 30 });
    expect(matrixView(rows, settings, 'fixed', 5).split).toEqual(settings.split);
  });

  it('describes each plotted row with its number and quadrant', () => {
    const rows = [
      { label: '営業', co: 70, contribution: 80 },
      { label: '総務', co: 40, contribution: 30, headcount: 2 },
      { label: '開発', co: 60, contribution: 20 },
    ];
    const v = matrixView(rows, settings, 'fixed', 5);
    expect(quadrantFor(rows[0]!, settings, v.split).label).toBe('A 自律貢献');
    expect(plotSummary(v, settings)).toBe('散布図：1番の営業はC/O体現度70、事業貢献80でA 自律貢献。2番の開発はC/O体現度60、事業貢献20でC 未活用');
  });

  it('adds a typed row as the last line of the saved text', () => {
    const draft = { label: '40代', co: '49', contribution: '62' };
    expect(withAddedRow('', draft)).toBe('40代,49,62');
    expect(withAddedRow('  \n', draft)).toBe('40代,49,62');
    expect(withAddedRow('30代,71,45\n\n', draft)).toBe('30代,71,45\n40代,49,62');
  });
});
