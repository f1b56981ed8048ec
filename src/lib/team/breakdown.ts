/**
 * A breakdown of pooled results by age band or by an extra survey column (department…), with small groups
 * protected (src/lib/team/disclosure.ts decides what is hidden): groups of fewer than `minSize` people are merged
 * into one 「その他」 column, no count of 1…minSize−1 people is shown, a group in which everyone or everyone but
 * one shares a segment does not show its distribution, and no hidden figure can be worked out from the shown ones.
 * The page and the CSV show the same figures with the same reasons. Pure.
 */
import { toCsv } from '../csv';
import type { SelfCheckData } from '../self-check/engine';
import { protect, type FineTable, type HideReason } from './disclosure';
import { codedColumn, countByCode, type CodedColumn } from './coded-column';
import { NO_SEGMENT, NO_SEGMENT_LABEL, type Pool } from './pool';

export type BreakdownBy = { kind: 'band' } | { kind: 'extra'; column: number };

export interface BreakdownColumn {
  id: string;
  label: string;
  count: number;
  hidden: boolean;
  why: HideReason | null;
}

export interface BreakdownRow {
  id: string;
  label: string;
  /** One per column; for counts a number of people, for scores a mean (null when nobody scored it). */
  values: (number | null)[];
  hidden: boolean[];
  /** Per column, why the figure is hidden (null when shown). */
  why: (HideReason | null)[];
}

export interface BreakdownSection {
  id: 'segments' | 'groups' | 'scores';
  title: string;
  kind: 'count' | 'mean';
  rows: BreakdownRow[];
}

export interface Breakdown {
  byLabel: string;
  minSize: number;
  columns: BreakdownColumn[];
  sections: BreakdownSection[];
  /** Whether the counts of recommended measures may be shown (not when a figure of 全体 is hidden). */
  measureCounts: boolean;
  /** The segment row whose people the groups table counts (不動層). */
  fudoId: string;
}

/** The matrix and the gap view hide whole small groups with this sentence. */
export const hiddenText = (minSize: number) => `${minSize}人未満のため表示しません`;
export const UNKNOWN_BAND = '年代不明';
export const BLANK_VALUE = '（空欄）';
export const OTHER_ID = 'other';
export const otherLabel = (minSize: number) => `その他（${minSize}人未満の集まりをまとめたもの）`;

/** The sentence written in place of a hidden figure, on the page and in the CSV. */
export function hideText(why: HideReason, minSize: number): string {
  if (why === 'uniform-segment') return '全員か1人を除く全員が同じ区分のため表示しません';
  if (why === 'uniform-group') return '不動層の全員か1人を除く全員が同じ群のため表示しません';
  return `${minSize}人未満か、ほかの数字から割り出せるため表示しません`;
}

/**
 * The groups to show side by side: age bands in data order, or an extra column's values in Japanese order; with
 * the column of people to split and each group's key (by the column's codes).
 */
function groupsOf(pool: Pool, data: SelfCheckData, by: BreakdownBy): { keys: string[]; labels: string[]; column: CodedColumn; byLabel: string } {
  if (by.kind === 'band') {
    const present = new Set(pool.bands.values);
    const keys = [...data.ageBands.map((b) => b.id).filter((id) => present.has(id)), ...(present.has('') ? [''] : [])];
    return { keys, labels: keys.map((k) => data.ageBands.find((b) => b.id === k)?.label ?? UNKNOWN_BAND), column: pool.bands, byLabel: '年代' };
  }
  const column = pool.extras[by.column] ?? codedColumn(new Array<string>(pool.count).fill(''));
  const keys = [...new Set(column.values)].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b, 'ja')));
  return { keys, labels: keys.map((k) => k || BLANK_VALUE), column, byLabel: pool.extraColumns[by.column] ?? '分類' };
}

export function breakdown(pool: Pool, data: SelfCheckData, by: BreakdownBy, minSize: number): Breakdown {
  const g = groupsOf(pool, data, by);
  const perCode = countByCode(g.column);
  const sizeOf = new Map<string, number>();
  g.column.values.forEach((v, code) => sizeOf.set(v, (sizeOf.get(v) ?? 0) + perCode[code]!));
  // Small groups are not listed one by one: merged, they neither show a small size nor reveal that it exists.
  const kept = g.keys.map((k, i) => ({ id: `g:${k}`, key: k, label: g.labels[i]! })).filter((k) => sizeOf.get(k.key)! >= minSize);
  const small = g.keys.some((k) => sizeOf.get(k)! < minSize);
  const list = small ? [...kept, { id: OTHER_ID, key: null, label: otherLabel(minSize) }] : kept;
  const index = new Map(kept.map((k, i) => [k.key, i]));
  const colOfCode = g.column.values.map((v) => index.get(v) ?? list.length - 1);
  const colOf = new Uint32Array(pool.count);
  for (let i = 0; i < pool.count; i++) colOf[i] = colOfCode[g.column.codes[i]!]!;

  // The fine table: each person in one column and one category (non-不動層 segment, or 不動層 × group).
  const segRows = pool.segments.values.includes(NO_SEGMENT) ? [...data.rules.segments, { id: NO_SEGMENT, label: NO_SEGMENT_LABEL }] : data.rules.segments;
  const fudo = segRows.findIndex((r) => r.id === data.rules.fudoSegment);
  const categories: { segment: number; group: number }[] = [];
  const catOf = new Map<string, number>();
  segRows.forEach((r, s) => {
    const split = s === fudo ? [...data.fudoGroups.map((x) => x.id), ''] : [''];
    split.forEach((gid) => {
      catOf.set(`${r.id}|${gid}`, categories.length);
      categories.push({ segment: s, group: gid ? data.fudoGroups.findIndex((x) => x.id === gid) : -1 });
    });
  });
  // The category of each (segment, group) pair of codes, found once: the people are then counted by number alone.
  const groupValues = pool.groups.values;
  const catOfCodes = pool.segments.values.map((seg) =>
    groupValues.map((grp) => catOf.get(`${seg}|${seg === data.rules.fudoSegment ? grp : ''}`) ?? catOf.get(`${seg}|`) ?? -1),
  );
  const counts = list.map(() => new Array<number>(categories.length).fill(0));
  const segCodes = pool.segments.codes;
  const grpCodes = pool.groups.codes;
  for (let i = 0; i < pool.count; i++) {
    const q = catOfCodes[segCodes[i]!]![grpCodes[i]!]!;
    if (q >= 0) counts[colOf[i]!]![q]!++;
  }
  const fine: FineTable = { counts, segmentOf: categories.map((c) => c.segment), groupOf: categories.map((c) => c.group), segments: segRows.length, groups: data.fudoGroups.length, fudo };
  const p = protect(fine, minSize);
  const cols = [-1, ...list.map((_, c) => c)];

  const columns: BreakdownColumn[] = [
    { id: 'total', label: '全体', count: pool.count, hidden: false, why: null },
    ...list.map((k, c) => ({ id: k.id, label: k.label, count: p.size(c).value, hidden: p.size(c).hidden !== null, why: p.size(c).hidden })),
  ];
  const countRow = (id: string, label: string, figure: (col: number) => { value: number; hidden: HideReason | null }): BreakdownRow => {
    const fs = cols.map(figure);
    return { id, label, values: fs.map((f) => f.value), hidden: fs.map((f) => f.hidden !== null), why: fs.map((f) => f.hidden) };
  };
  const scoreRows: BreakdownRow[] = data.instrument.dimensions.map((d) => {
    const sums = new Array<number>(list.length + 1).fill(0);
    const ns = new Array<number>(list.length + 1).fill(0);
    const s = pool.scores[d.id];
    if (s) {
      for (let i = 0; i < pool.count; i++) {
        const v = s[i]!;
        if (Number.isNaN(v)) continue;
        sums[0]! += v;
        ns[0]!++;
        sums[colOf[i]! + 1]! += v;
        ns[colOf[i]! + 1]!++;
      }
    }
    // A mean is shown where the group's size is: means do not add up to counts, so they reveal no hidden count.
    const why = columns.map((c) => (c.hidden ? c.why : null));
    return { id: d.id, label: d.label, values: sums.map((x, c) => (ns[c] ? Math.round((x / ns[c]!) * 10) / 10 : null)), hidden: why.map((w) => w !== null), why };
  });
  const sections: BreakdownSection[] = [
    { id: 'segments', title: '区分の分布', kind: 'count', rows: segRows.map((r, s) => countRow(r.id, r.label, (col) => p.segment(s, col))) },
    { id: 'groups', title: '不動層の群（不動層の人だけを数えています）', kind: 'count', rows: data.fudoGroups.map((x, k) => countRow(x.id, x.label, (col) => p.group(k, col))) },
    { id: 'scores', title: '軸ごとの平均点（0〜100）', kind: 'mean', rows: scoreRows },
  ];
  const measureCounts = p.figures.every((f) => f.col >= 0 || f.hidden === null);
  return { byLabel: g.byLabel, minSize, columns, sections, measureCounts, fudoId: data.rules.fudoSegment };
}

/** What one cell of a count or mean table says, on the page and in the CSV alike. */
export function cellText(b: Breakdown, section: BreakdownSection, row: BreakdownRow, col: number): { text: string; share: string } {
  const why = row.why[col];
  if (why) return { text: hideText(why, b.minSize), share: '' };
  const v = row.values[col];
  if (section.kind === 'mean') return { text: v == null ? '—' : v.toFixed(1), share: '' };
  const base = shareBase(b, section, col);
  return { text: `${v ?? 0}人`, share: base ? `${Math.round(((v ?? 0) / base) * 100)}%` : '' };
}

/** The people a count is a share of: the column's size, or for the groups its 不動層 (when those are shown). */
function shareBase(b: Breakdown, section: BreakdownSection, col: number): number | null {
  if (section.id !== 'groups') return b.columns[col]!.hidden ? null : b.columns[col]!.count;
  const fudo = b.sections.find((s) => s.id === 'segments')?.rows.find((r) => r.id === b.fudoId);
  return fudo && !fudo.hidden[col] ? (fudo.values[col] as number) : null;
}
/** The text of a column's heading count: its size, or why it is hidden. */
export const sizeText = (b: Breakdown, col: number) => {
  const c = b.columns[col]!;
  return c.why ? hideText(c.why, b.minSize) : `${c.count}人`;
};

/** The breakdown as CSV: the figures and reasons the page shows, cell for cell. */
export function breakdownToCsv(b: Breakdown, measures: readonly { title: string; count: number }[]): string {
  const rows: (string | number)[][] = [['表', `${b.byLabel}`, '項目', '人数または平均点', '割合（%）']];
  b.columns.forEach((col, c) => {
    rows.push(['人数', col.label, '回答数', col.why ? hideText(col.why, b.minSize) : col.count, '']);
    for (const s of b.sections) {
      for (const r of s.rows) {
        const { text, share } = cellText(b, s, r, c);
        const shown = !r.why[c] && (s.kind === 'count' || r.values[c] !== null);
        rows.push([s.title, col.label, r.label, shown ? (r.values[c] as number) : text === '—' ? '' : text, share.replace('%', '')]);
      }
    }
  });
  for (const m of measures) rows.push(['おすすめされた施策', '全体', m.title, measureText(b, m.count), '']);
  return toCsv(rows);
}

/** A measure's count, unless it is small or a hidden figure of 全体 could be read from it. */
export function measureText(b: Breakdown, count: number): string | number {
  if (!b.measureCounts) return '人数は表示しません（全体の数字の一部を隠しているため）';
  return count > 0 && count < b.minSize ? hiddenText(b.minSize) : count;
}
