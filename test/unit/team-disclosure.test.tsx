import { codedColumn } from '@/lib/team/coded-column';
import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { breakdown, breakdownToCsv, hideText, type Breakdown } from '@/lib/team/breakdown';
import { NO_SEGMENT, NO_SEGMENT_LABEL, type Pool } from '@/lib/team/pool';
import { BreakdownTable } from '@/islands/team/BreakdownTable';
import { attack, compositions, readCsv, readPage, type Model, type Shown } from './support/table-attack';
import { selfCheckData } from './support/data';

const data = selfCheckData();
const fudo = data.rules.fudoSegment;
const DEPTS = ['営業', '開発', '総務'];

/** A fine category a synthetic person falls in: a segment, and for the 不動層 a group (or none). */
type Cat = { segment: string; group: string };
const co: Cat = { segment: data.rules.segments[0]!.id, group: '' };
const mid: Cat = { segment: data.rules.segments[1]!.id, group: '' };
const fudoIn = (i: number): Cat => ({ segment: fudo, group: data.fudoGroups[i]?.id ?? '' });
const noSeg: Cat = { segment: NO_SEGMENT, group: '' };

/** A pool of people given as counts per department and category (what breakdown() reads of a pool). */
function poolOf(counts: number[][], cats: Cat[]): Pool {
  const segments: string[] = [];
  const groups: string[] = [];
  const depts: string[] = [];
  counts.forEach((row, d) => row.forEach((k, q) => {
    for (let i = 0; i < k; i++) {
      segments.push(cats[q]!.segment);
      groups.push(cats[q]!.group);
      depts.push(DEPTS[d]!);
    }
  }));
  const n = segments.length;
  return { count: n, bands: codedColumn(new Array<string>(n).fill('')), segments: codedColumn(segments), groups: codedColumn(groups), scores: Object.fromEntries(data.instrument.dimensions.map((d) => [d.id, new Float64Array(n).fill(50)])), extraColumns: ['部署'], extras: [codedColumn(depts)], measures: [], alpha: [] };
}

const modelOf = (b: Breakdown): Model => ({
  segments: b.sections[0]!.rows.map((r) => r.label),
  groups: b.sections[1]!.rows.map((r) => r.label),
  fudo: data.rules.segments.find((s) => s.id === fudo)!.label,
  uniformSegment: hideText('uniform-segment', b.minSize),
  uniformGroup: hideText('uniform-group', b.minSize),
  segmentsTitle: b.sections[0]!.title,
  groupsTitle: b.sections[1]!.title,
});

/** The two count tables as the page renders them, and as the CSV writes them. */
function asShown(b: Breakdown): { page: Shown; csv: Shown } {
  const tables = b.sections.filter((s) => s.kind === 'count').map((s) => ({ title: s.title, html: render(<BreakdownTable testId={s.id} b={b} section={s} />) }));
  return { page: readPage(tables), csv: readCsv(breakdownToCsv(b, []), tables.map((t) => t.title)) };
}

/** Attacks one company; returns what it found, after checking page and CSV say the same and the truth fits. */
function attackCompany(counts: number[][], cats: Cat[], minSize: number) {
  const b = breakdown(poolOf(counts, cats), data, { kind: 'extra', column: 0 }, minSize);
  const { page, csv } = asShown(b);
  expect(csv).toEqual(page);
  const r = attack(page, modelOf(b));
  expect(r.consistent).toBeGreaterThan(0);
  return { b, page, ...r };
}

/** Every company of `people` people spread over `depts` departments and the given categories. */
function* companies(people: number, depts: number, cats: number): Generator<number[][]> {
  for (const flat of compositions(people, depts * cats)) yield Array.from({ length: depts }, (_, d) => flat.slice(d * cats, (d + 1) * cats));
}

/** A shown column whose shown segment counts leave at most one person outside one segment. */
function uniformShown(page: Shown, m: Model): string[] {
  const out: string[] = [];
  page.columns.forEach((label, c) => {
    const n = page.sizes[c];
    const segs = m.segments.map((s) => page.cells.get(`${m.segmentsTitle}|${s}|${c}`));
    if (typeof n === 'number' && n > 0 && segs.some((v) => typeof v === 'number' && v >= n - 1)) out.push(`${label}: ${segs.join(',')}`);
    const f = page.cells.get(`${m.segmentsTitle}|${m.fudo}|${c}`);
    const grps = m.groups.map((g) => page.cells.get(`${m.groupsTitle}|${g}|${c}`));
    // Among the 不動層 of a column: a group holding all or all but one of them (with the 不動層 count shown).
    if (typeof f === 'number' && f > 0 && grps.every((v) => typeof v === 'number') && Math.max(f - (grps as number[]).reduce((a, v) => a + v, 0), ...(grps as number[])) >= f - 1) out.push(`${label} 群: ${grps.join(',')}`);
  });
  return out;
}

describe('the team tables give nothing away about a small group', () => {
  const sweeps: { name: string; depts: number; cats: Cat[]; max: number; minSize: number }[] = [
    { name: '2 departments, C/O人材・伸長層・不動層 in two groups, up to 4 people, minimum 3', depts: 2, cats: [co, mid, fudoIn(0), fudoIn(1)], max: 4, minSize: 3 },
    { name: '3 departments, 伸長層 and 不動層 in two groups, up to 4 people, minimum 3', depts: 3, cats: [mid, fudoIn(0), fudoIn(2)], max: 4, minSize: 3 },
    { name: '2 departments, every category (区分なし and 不動層 without a group too), up to 2 people, minimum 2', depts: 2, cats: [co, mid, fudoIn(0), fudoIn(1), fudoIn(2), fudoIn(-1), noSeg], max: 2, minSize: 2 },
    { name: '3 departments, 伸長層 and 不動層, up to 5 people, minimum 4', depts: 3, cats: [mid, fudoIn(1)], max: 5, minSize: 4 },
  ];
  for (const s of sweeps) {
    it(`no hidden figure is determined, on the page or in the CSV, for every company: ${s.name}`, () => {
      const failures: string[] = [];
      let tried = 0;
      let hiddenSeen = 0;
      for (let n = 1; n <= s.max; n++) {
        for (const counts of companies(n, s.depts, s.cats.length)) {
          const r = attackCompany(counts, s.cats, s.minSize);
          tried++;
          if (r.page.sizes.some((v) => typeof v === 'string') || [...r.page.cells.values()].some((v) => typeof v === 'string')) hiddenSeen++;
          if (r.disclosed.length > 0 && failures.length < 5) failures.push(`${JSON.stringify(counts)} → ${r.disclosed.join(' / ')}`);
          const uniform = uniformShown(r.page, modelOf(r.b));
          if (uniform.length > 0 && failures.length < 5) failures.push(`${JSON.stringify(counts)} shows ${uniform.join(' / ')}`);
        }
      }
      expect(failures).toEqual([]);
      // The sweep did reach companies with hidden figures (else it proves nothing).
      expect(hiddenSeen).toBeGreaterThan(tried / 4);
    }, 300_000);
  }

  it('the attack finds what a naive table gives away: a row total equal to its one shown cell', () => {
    // 全体 3 不動層 of 10; 営業 (6) shows 3 不動層; 開発 (4) hides its count: it can only be 0.
    const b = breakdown(poolOf([[3, 0, 3, 0], [4, 0, 0, 0]], [mid, co, fudoIn(0), fudoIn(1)]), data, { kind: 'extra', column: 0 }, 3);
    const m = modelOf(b);
    const { page } = asShown(b);
    // The true figures everywhere, but 開発's 不動層 hidden: the attacker must find it is 0.
    const naive: Shown = { ...page, sizes: b.columns.map((c) => c.count), cells: new Map() };
    for (const s of b.sections.filter((x) => x.kind === 'count')) for (const r of s.rows) r.values.forEach((v, c) => naive.cells.set(`${s.title}|${r.label}|${c}`, v as number));
    naive.cells.set(`${m.segmentsTitle}|${m.fudo}|2`, '隠した');
    expect(attack(naive, m).consistent).toBe(1);
    expect(attack(naive, m).disclosed).toContain(`${m.segmentsTitle}|${m.fudo}|2`);
  });

  it('a department of 6 who are all 不動層 shows its size but not that they are all 不動層, and says why at the cell', () => {
    const r = attackCompany([[0, 0, 6, 0], [3, 3, 0, 0]], [co, mid, fudoIn(0), fudoIn(1)], 5);
    const m = modelOf(r.b);
    const col = r.page.columns.indexOf('営業');
    expect(r.page.sizes[col]).toBe(6);
    expect(r.page.cells.get(`${m.segmentsTitle}|${m.fudo}|${col}`)).toBe(hideText('uniform-segment', 5));
    expect(r.page.cells.get(`${m.groupsTitle}|${m.groups[0]}|${col}`)).toBe(hideText('uniform-segment', 5));
    expect(r.disclosed).toEqual([]);
  });

  it('merges departments under the minimum into one その他 column, so that a small department is not even named', () => {
    const r = attackCompany([[2, 4, 0], [1, 0, 0], [1, 1, 0]], [co, mid, fudoIn(0)], 5);
    expect(r.page.columns).toEqual(['全体', '営業', 'その他（5人未満の集まりをまとめたもの）']);
  });

  it('counts only 不動層 in the 不動層の群 table: its rows add up to the 不動層 count', () => {
    const people = [[5, 5, 6, 5, 4, 0]];
    const b = breakdown(poolOf(people, [co, mid, fudoIn(0), fudoIn(1), { ...mid, group: data.fudoGroups[0]!.id }, noSeg]), data, { kind: 'band' }, 5);
    const groups = b.sections.find((s) => s.id === 'groups')!;
    const fudoRow = b.sections[0]!.rows.find((r) => r.id === fudo)!;
    expect(groups.rows.map((r) => r.values[0])).toEqual([6, 5, 0]);
    expect(fudoRow.values[0]).toBe(11);
    expect(b.sections[0]!.rows.map((r) => r.label)).not.toContain(NO_SEGMENT_LABEL);
  });
});
