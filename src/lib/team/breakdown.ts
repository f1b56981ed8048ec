/**
 * A breakdown of pooled results by age band or by an extra survey column (department…), with small groups
 * protected: a group of fewer than `minSize` people is not shown, nor is any count of 1…minSize−1 people. Where a
 * hidden figure could be worked out by subtraction — from a total and the other figures of its row or column — one
 * more figure is hidden (complementary suppression), so the table and its CSV never give away a small group. Pure.
 */
import { toCsv } from '../csv';
import type { SelfCheckData } from '../self-check/engine';
import { NO_SEGMENT, NO_SEGMENT_LABEL, type Pool } from './pool';

export type BreakdownBy = { kind: 'band' } | { kind: 'extra'; column: number };

export interface BreakdownColumn {
  id: string;
  label: string;
  count: number;
  hidden: boolean;
}

export interface BreakdownRow {
  id: string;
  label: string;
  /** One per column; for counts a number of people, for scores a mean (null when nobody scored it). */
  values: (number | null)[];
  hidden: boolean[];
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
}

export const hiddenText = (minSize: number) => `${minSize}人未満のため表示しません`;
export const UNKNOWN_BAND = '年代不明';
export const BLANK_VALUE = '（空欄）';

/** The groups to show side by side: age bands in data order, or an extra column's values in Japanese order. */
function groupsOf(pool: Pool, data: SelfCheckData, by: BreakdownBy): { keys: string[]; labels: string[]; of: (i: number) => string; byLabel: string } {
  if (by.kind === 'band') {
    const present = new Set(pool.bands);
    const keys = [...data.ageBands.map((b) => b.id).filter((id) => present.has(id)), ...(present.has('') ? [''] : [])];
    return { keys, labels: keys.map((k) => data.ageBands.find((b) => b.id === k)?.label ?? UNKNOWN_BAND), of: (i) => pool.bands[i]!, byLabel: '年代' };
  }
  const values = pool.extras[by.column] ?? [];
  const keys = [...new Set(values)].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b, 'ja')));
  return { keys, labels: keys.map((k) => k || BLANK_VALUE), of: (i) => values[i] ?? '', byLabel: pool.extraColumns[by.column] ?? '分類' };
}

export function breakdown(pool: Pool, data: SelfCheckData, by: BreakdownBy, minSize: number): Breakdown {
  const g = groupsOf(pool, data, by);
  const index = new Map(g.keys.map((k, i) => [k, i + 1]));
  const width = g.keys.length + 1;
  const colOf = new Uint32Array(pool.count);
  const counts = new Array<number>(width).fill(0);
  for (let i = 0; i < pool.count; i++) {
    const c = index.get(g.of(i))!;
    colOf[i] = c;
    counts[c]!++;
  }
  counts[0] = pool.count;
  const countRows = (list: readonly { id: string; label: string }[], of: string[]): BreakdownRow[] => {
    const rows = list.map((x) => ({ id: x.id, label: x.label, values: new Array<number | null>(width).fill(0), hidden: new Array<boolean>(width).fill(false) }));
    const at = new Map(list.map((x, r) => [x.id, r]));
    for (let i = 0; i < pool.count; i++) {
      const r = at.get(of[i]!);
      if (r === undefined) continue;
      const row = rows[r]!;
      row.values[0] = (row.values[0] as number) + 1;
      row.values[colOf[i]!] = (row.values[colOf[i]!] as number) + 1;
    }
    return rows;
  };
  const scoreRows: BreakdownRow[] = data.instrument.dimensions.map((d) => {
    const sums = new Array<number>(width).fill(0);
    const ns = new Array<number>(width).fill(0);
    const s = pool.scores[d.id];
    if (s) {
      for (let i = 0; i < pool.count; i++) {
        const v = s[i]!;
        if (Number.isNaN(v)) continue;
        sums[0]! += v;
        ns[0]!++;
        sums[colOf[i]!]! += v;
        ns[colOf[i]!]!++;
      }
    }
    return { id: d.id, label: d.label, values: sums.map((x, c) => (ns[c] ? Math.round((x / ns[c]!) * 10) / 10 : null)), hidden: new Array<boolean>(width).fill(false) };
  });
  const columns: BreakdownColumn[] = [{ id: 'total', label: '全体', count: counts[0]!, hidden: false }, ...g.keys.map((k, i) => ({ id: `g:${k}`, label: g.labels[i]!, count: counts[i + 1]!, hidden: false }))];
  const sections: BreakdownSection[] = [
    { id: 'segments', title: '区分の分布', kind: 'count', rows: countRows(pool.segments.includes(NO_SEGMENT) ? [...data.rules.segments, { id: NO_SEGMENT, label: NO_SEGMENT_LABEL }] : data.rules.segments, pool.segments) },
    { id: 'groups', title: '不動層の群（不動層以外の傾向を含む）', kind: 'count', rows: countRows(data.fudoGroups, pool.groups) },
    { id: 'scores', title: '軸ごとの平均点（0〜100）', kind: 'mean', rows: scoreRows },
  ];
  suppress(columns, sections, minSize);
  return { byLabel: g.byLabel, minSize, columns, sections };
}

/** Hides small groups and small counts, then whatever would let one be recovered by subtraction. */
function suppress(columns: BreakdownColumn[], sections: BreakdownSection[], minSize: number): void {
  for (const c of columns) c.hidden = c.count < minSize;
  // Group sizes add up to the total: one hidden group would be the total minus the others.
  const parts = columns.slice(1);
  while (!columns[0]!.hidden && parts.filter((c) => c.hidden).length === 1) {
    const next = parts.filter((c) => !c.hidden).sort((a, b) => a.count - b.count)[0];
    if (next) next.hidden = true;
    else columns[0]!.hidden = true;
  }
  for (const s of sections) {
    for (const r of s.rows) {
      r.hidden = r.values.map((v, c) => columns[c]!.hidden || (s.kind === 'count' && v !== null && v > 0 && v < minSize));
    }
  }
  const counts = sections.filter((s) => s.kind === 'count');
  const segments = sections.find((s) => s.id === 'segments');
  /** In a line whose parts add up to a shown total, a single hidden part is hidden along with the smallest other. */
  const protect = (cells: { value: number; hidden: boolean; hide: () => void }[], total: { hidden: boolean; hide: () => void }): boolean => {
    if (total.hidden || cells.filter((c) => c.hidden).length !== 1) return false;
    const next = cells.filter((c) => !c.hidden).sort((a, b) => a.value - b.value)[0];
    (next ?? total).hide();
    return true;
  };
  const cellOf = (r: BreakdownRow, c: number) => ({ value: (r.values[c] as number) ?? 0, hidden: r.hidden[c]!, hide: () => void (r.hidden[c] = true) });
  for (let changed = true; changed; ) {
    changed = false;
    // Rows: the groups of a row add up to its total.
    for (const s of counts) for (const r of s.rows) if (protect(r.values.slice(1).map((_, i) => cellOf(r, i + 1)), cellOf(r, 0))) changed = true;
    // Columns: the segments of a group add up to the group's size.
    if (segments) {
      columns.forEach((col, c) => {
        if (protect(segments.rows.map((r) => cellOf(r, c)), { hidden: col.hidden, hide: () => void (col.hidden = true) })) changed = true;
      });
    }
  }
  // A group hidden in the last step hides its whole column.
  for (const s of sections) for (const r of s.rows) r.hidden = r.hidden.map((h, c) => h || columns[c]!.hidden);
}

/** The breakdown as CSV, hidden figures written as the same sentence the page shows. */
export function breakdownToCsv(b: Breakdown, measures: readonly { title: string; count: number }[]): string {
  const hidden = hiddenText(b.minSize);
  const pct = (v: number, of: number) => (of ? Math.round((v / of) * 100) : '');
  const rows: (string | number)[][] = [['表', `${b.byLabel}`, '項目', '人数または平均点', '割合（%）']];
  b.columns.forEach((col, c) => {
    rows.push(['人数', col.label, '回答数', col.hidden ? hidden : col.count, '']);
    for (const s of b.sections) {
      for (const r of s.rows) {
        const v = r.values[c];
        if (r.hidden[c]) rows.push([s.title, col.label, r.label, hidden, '']);
        else if (s.kind === 'count') rows.push([s.title, col.label, r.label, v ?? 0, pct(v ?? 0, col.count)]);
        else rows.push([s.title, col.label, r.label, v ?? '', '']);
      }
    }
  });
  for (const m of measures) rows.push(['おすすめされた施策', '全体', m.title, m.count > 0 && m.count < b.minSize ? hidden : m.count, '']);
  return toCsv(rows);
}
