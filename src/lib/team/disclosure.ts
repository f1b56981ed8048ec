/**
 * Which figures of the team tables may be shown. The tables are sums over one fine table: people counted by
 * column (a department or age band) and by category (C/O人材, 伸長層, 不動層 split by group, 区分なし). Every figure on
 * the page — a column's size, a segment count, a 不動層 group count, in one column or in 全体 — is such a sum. So a
 * figure is safe to hide only if someone who knows every shown figure (and the grand total) still cannot tell its
 * value: there must be another fine table, with the same shown figures, in which it differs. This module hides
 *  1. every count of 1…minSize−1 people (and a column of fewer than minSize people, whole);
 *  2. the distribution of a column in which everyone, or everyone but one, shares a segment (or, among its
 *     不動層, a group): knowing someone's department must not tell their segment;
 * and then, until every hidden figure has such a second table (found as one person moved, or two people swapped),
 * the fewest shown figures that make one possible. Pure; the unit tests attack the result by exhaustive search.
 */

export type HideReason = 'small' | 'uniform-segment' | 'uniform-group' | 'linked';

export interface FineTable {
  /** counts[c][q]: people in column c with fine category q. Every column has at least one person. */
  counts: number[][];
  /** For each fine category, the segment row it is counted under. */
  segmentOf: number[];
  /** For each fine category, the 不動層 group row, or −1 (not 不動層, or 不動層 without a group). */
  groupOf: number[];
  segments: number;
  groups: number;
  /** The segment row whose people the group rows split. */
  fudo: number;
}

/** A shown or hidden figure: the people of the categories in `mask`, in column `col` (−1: all columns). */
export interface Figure {
  kind: 'size' | 'segment' | 'group';
  /** Segment or group row; −1 for a column size. */
  row: number;
  col: number;
  mask: number;
  value: number;
  hidden: HideReason | null;
}

export interface Protected {
  figures: Figure[];
  size(col: number): Figure;
  segment(row: number, col: number): Figure;
  group(row: number, col: number): Figure;
}

const bit = (q: number) => 1 << q;

export function protect(t: FineTable, minSize: number): Protected {
  const cols = t.counts.length;
  const cats = t.segmentOf.length;
  const figures: Figure[] = [];
  const sizes: Figure[] = [];
  const segs: Figure[][] = [];
  const grps: Figure[][] = [];
  const valueOf = (mask: number, col: number) => {
    let v = 0;
    for (let c = col < 0 ? 0 : col; c < (col < 0 ? cols : col + 1); c++) for (let q = 0; q < cats; q++) if (mask & bit(q)) v += t.counts[c]![q]!;
    return v;
  };
  const add = (kind: Figure['kind'], row: number, col: number, mask: number) => {
    const f: Figure = { kind, row, col, mask, value: valueOf(mask, col), hidden: null };
    figures.push(f);
    return f;
  };
  const all = (1 << cats) - 1;
  // Column c of the arrays below is stored at index c + 1; index 0 is 全体.
  for (let c = 0; c < cols; c++) sizes.push(add('size', -1, c, all));
  for (let r = 0; r < t.segments; r++) {
    let mask = 0;
    t.segmentOf.forEach((s, q) => s === r && (mask |= bit(q)));
    segs.push([-1, ...Array.from({ length: cols }, (_, c) => c)].map((c) => add('segment', r, c, mask)));
  }
  for (let k = 0; k < t.groups; k++) {
    let mask = 0;
    t.groupOf.forEach((g, q) => g === k && (mask |= bit(q)));
    grps.push([-1, ...Array.from({ length: cols }, (_, c) => c)].map((c) => add('group', k, c, mask)));
  }
  const hide = (f: Figure, why: HideReason) => void (f.hidden ??= why);
  
  // 1. Small columns and small counts. A single column is the whole: its size is the total, which is shown.
  if (cols > 1) for (const f of sizes) if (f.value < minSize) hide(f, 'small');
  for (const f of figures) if (f.kind !== 'size' && f.value > 0 && f.value < minSize) hide(f, 'small');
  // 2. Columns in which (almost) everyone shares a segment, or their 不動層 a group. The groups split the
  // column's 不動層, so a column whose segments are withheld withholds its groups too.
  const uniformSeg = new Set<number>();
  const uniformGrp = new Set<number>();
  for (let col = -1; col < cols; col++) {
    if (col >= 0 && sizes[col]!.hidden) continue;
    if (segUniform(t, col)) uniformSeg.add(col);
    else if (grpUniform(t, col)) uniformGrp.add(col);
  }
  for (const col of uniformSeg) for (const f of [...segs, ...grps]) hide(f[col + 1]!, 'uniform-segment');
  for (const col of uniformGrp) for (const k of grps) hide(k[col + 1]!, 'uniform-group');
  const keepsUniform = (moved: FineTable, col: number) => (!uniformSeg.has(col) || segUniform(moved, col)) && (!uniformGrp.has(col) || grpUniform(moved, col));

  // Moves that keep every cell at 0 or more, every column non-empty and every column said to be uniform uniform.
  /** A move: people added (+1) or taken (−1) in fine cells (cell = column × categories + category). */
  type Move = { cells: number[]; deltas: number[] };
  const movable = (m: Move) => {
    const counts = t.counts.slice();
    for (let i = 0; i < m.cells.length; i++) {
      const c = Math.floor(m.cells[i]! / cats);
      const q = m.cells[i]! % cats;
      if (counts[c]![q]! + m.deltas[i]! < 0) return false;
      if (counts[c] === t.counts[c]) counts[c] = counts[c]!.slice();
      counts[c]![q]! += m.deltas[i]!;
    }
    const moved = { ...t, counts };
    for (let c = 0; c < cols; c++) {
      if (counts[c] === t.counts[c]) continue;
      if (counts[c]!.every((v) => v === 0) || !keepsUniform(moved, c)) return false;
    }
    return keepsUniform(moved, -1);
  };
  // For each fine cell, the figures that count it.
  const cellFigs: number[][] = Array.from({ length: cols * cats }, () => []);
  figures.forEach((f, i) => {
    for (let c = 0; c < cols; c++) if (f.col < 0 || f.col === c) for (let q = 0; q < cats; q++) if (f.mask & bit(q)) cellFigs[c * cats + q]!.push(i);
  });
  const delta = new Int32Array(figures.length);
  /** The figures a move changes. */
  const changed = (m: Move) => {
    const seen: number[] = [];
    m.cells.forEach((cell, i) => {
      for (const f of cellFigs[cell]!) {
        if (delta[f] === 0 && !seen.includes(f)) seen.push(f);
        delta[f]! += m.deltas[i]!;
      }
    });
    const out = seen.filter((f) => delta[f] !== 0);
    for (const f of seen) delta[f] = 0;
    return out;
  };
  /** Candidate moves that change figure f: one person moved into or out of it, or two people swapped. */
  function* moves(f: Figure): Generator<Move> {
    const colsOf = f.col < 0 ? Array.from({ length: cols }, (_, c) => c) : [f.col];
    // The other column of a move: one with hidden figures, or one of the three smallest (enough to find a cheap
    // move, and it keeps the search short for a company of many departments).
    const partners = sizes
      .map((x, c) => ({ c, n: x.value, hidden: figures.some((g) => g.col === c && g.hidden) }))
      .sort((x, y) => Number(y.hidden) - Number(x.hidden) || x.n - y.n)
      .filter((x, i) => x.hidden || i < 3)
      .map((x) => x.c);
    for (const c of colsOf) {
      for (let q = 0; q < cats; q++) {
        if (!(f.mask & bit(q))) continue;
        const a = c * cats + q;
        for (const c2 of c === partners[0] || partners.includes(c) ? partners : [c, ...partners]) {
          for (let q2 = 0; q2 < cats; q2++) {
            const b = c2 * cats + q2;
            if (b === a) continue;
            yield { cells: [a, b], deltas: [-1, 1] };
            yield { cells: [a, b], deltas: [1, -1] };
            if (c2 !== c && q2 !== q) {
              yield { cells: [a, c * cats + q2, c2 * cats + q, b], deltas: [-1, 1, 1, -1] };
              yield { cells: [a, c * cats + q2, c2 * cats + q, b], deltas: [1, -1, -1, 1] };
            }
          }
        }
      }
    }
  }
  /** A hidden size hides its whole column: nothing is shown about a group whose size is not. */
  const closeColumns = () => {
    for (const s of sizes) if (s.hidden) for (const f of figures) if (f.col === s.col) hide(f, s.hidden === 'small' ? 'small' : 'linked');
  };
  closeColumns();
  const safe = new Set<Figure>();
  for (let again = true; again; ) {
    again = false;
    for (const f of figures) {
      if (!f.hidden || safe.has(f)) continue;
      let best: Figure[] | null = null;
      let bestCost = Infinity;
      const self = figures.indexOf(f);
      for (const d of moves(f)) {
        const hit = changed(d);
        if (!hit.includes(self)) continue;
        const shown = hit.map((i) => figures[i]!).filter((g) => !g.hidden);
        // Hiding a column size hides the whole column: count what that costs.
        const cost = shown.reduce((sum, g) => sum + (g.kind === 'size' ? 1000 : 1) * (1 + g.value / 1e6), 0);
        if (cost >= bestCost || !movable(d)) continue;
        bestCost = cost;
        best = shown;
        if (shown.length === 0) break;
      }
      if (best && best.length === 0) {
        safe.add(f);
        continue;
      }
      // No move at all (a company of one person…): hide everything but the total.
      const before = figures.filter((x) => x.hidden).length;
      for (const g of best ?? figures.filter((x) => !(x.kind === 'size' && cols === 1))) hide(g, 'linked');
      closeColumns();
      // Nothing left to hide: no table of people differs from this one where it is hidden (it cannot be helped).
      if (figures.filter((x) => x.hidden).length === before) safe.add(f);
      again = true;
      break;
    }
  }
  return {
    figures,
    size: (col) => sizes[col]!,
    segment: (row, col) => segs[row]![col + 1]!,
    group: (row, col) => grps[row]![col + 1]!,
  };
}

const columnCells = (t: FineTable, col: number) => (col >= 0 ? [t.counts[col]!] : t.counts);

/** Everyone in the column, or everyone but one, shares a segment. */
export function segUniform(t: FineTable, col: number): boolean {
  const per = new Array<number>(t.segments).fill(0);
  let n = 0;
  for (const row of columnCells(t, col)) row.forEach((v, q) => ((per[t.segmentOf[q]!]! += v), (n += v)));
  return n > 0 && Math.max(...per) >= n - 1;
}

/** The column has 不動層, and all of them, or all but one, share a group (or have none). */
export function grpUniform(t: FineTable, col: number): boolean {
  const per = new Array<number>(t.groups + 1).fill(0);
  let n = 0;
  for (const row of columnCells(t, col)) {
    row.forEach((v, q) => {
      if (t.segmentOf[q] !== t.fudo) return;
      per[t.groupOf[q]! + 1]! += v;
      n += v;
    });
  }
  return n > 0 && Math.max(...per) >= n - 1;
}
