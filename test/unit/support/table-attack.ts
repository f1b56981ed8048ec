/**
 * An attacker of the team tables, written apart from the code that protects them. It reads the tables as a person
 * reads them — the page's HTML or the exported CSV — and enumerates every table of people (column × category)
 * that gives the same shown figures: the grand total, each shown size and count, every listed column having at
 * least one person, and what each hidden cell's reason says (「全員か1人を除く全員が同じ区分」 is a fact too). A hidden
 * figure that has one value in every such table is disclosed.
 */
import { htmlText } from '@/lib/markup/html-text';
import { parseCsv } from '@/lib/team/csv-parse';

/** What a reader learns: per column its size, and per section, row and column a cell (number or sentence). */
export interface Shown {
  columns: string[];
  sizes: (number | string)[];
  /** key `${section}|${rowLabel}|${col}`; col 0 is 全体. */
  cells: Map<string, number | string>;
}

export interface Model {
  segments: string[];
  groups: string[];
  fudo: string;
  uniformSegment: string;
  uniformGroup: string;
  segmentsTitle: string;
  groupsTitle: string;
}

const number = (text: string): number | string => {
  const m = /^(\d+)人(?:（\d+%）)?$/.exec(text);
  return m ? Number(m[1]) : text;
};

/** Reads the two count tables as rendered HTML (one string per table, segments first). */
export function readPage(tables: { title: string; html: string }[]): Shown {
  const shown: Shown = { columns: [], sizes: [], cells: new Map() };
  for (const { title, html } of tables) {
    const rows = [...html.matchAll(/<tr>(.*?)<\/tr>/gs)].map((m) => [...m[1]!.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/gs)].map((c) => htmlText(c[1]!)));
    const head = rows[0]!.slice(1).map((h) => /^(.*)（([^（）]*)）$/.exec(h)!);
    shown.columns = head.map((m) => m[1]!);
    shown.sizes = head.map((m) => number(m[2]!));
    for (const r of rows.slice(1)) r.slice(1).forEach((cell, c) => shown.cells.set(`${title}|${r[0]}|${c}`, number(cell)));
  }
  return shown;
}

/** Reads the count tables (by title) of the exported CSV. */
export function readCsv(text: string, titles: readonly string[]): Shown {
  const shown: Shown = { columns: [], sizes: [], cells: new Map() };
  const records = parseCsv(text.replace(/^\uFEFF/, '')).records.slice(1);
  for (const [table, col, row, value] of records) {
    const v = /^\d+$/.test(value!) ? Number(value) : value!;
    if (table === '人数') {
      shown.columns.push(col!);
      shown.sizes.push(v);
    } else if (titles.includes(table!)) shown.cells.set(`${table}|${row}|${shown.columns.length - 1}`, v);
  }
  return shown;
}

/** Every composition of n into k non-negative parts. */
export function* compositions(n: number, k: number): Generator<number[]> {
  if (k === 1) {
    yield [n];
    return;
  }
  for (let first = n; first >= 0; first--) for (const rest of compositions(n - first, k - 1)) yield [first, ...rest];
}

/**
 * For each hidden figure, whether it has a single value over all tables consistent with what is shown. Returns the
 * keys of disclosed figures (empty when nothing hidden is given away), and how many tables were consistent.
 */
export function attack(shown: Shown, m: Model): { disclosed: string[]; consistent: number } {
  // The fine categories: each non-不動層 segment, and the 不動層 by group or with none.
  const cats: { seg: string; grp: string | null }[] = [];
  for (const s of m.segments) {
    if (s === m.fudo) for (const g of [...m.groups, null]) cats.push({ seg: s, grp: g });
    else cats.push({ seg: s, grp: null });
  }
  const total = shown.sizes[0] as number;
  const cols = shown.columns.length - 1;
  const segIdx = cats.map((c) => m.segments.indexOf(c.seg));
  const grpIdx = cats.map((c) => (c.grp === null ? -1 : m.groups.indexOf(c.grp)));
  const keyCache = new Map<number, { size: string; segs: string[]; grps: string[] }>();
  const keysOf = (col: number) => {
    let k = keyCache.get(col);
    if (!k) keyCache.set(col, (k = { size: `size|${col}`, segs: m.segments.map((s) => `${m.segmentsTitle}|${s}|${col}`), grps: m.groups.map((g) => `${m.groupsTitle}|${g}|${col}`) }));
    return k;
  };
  const figures = (y: number[][], col: number) => {
    const vecs = col === 0 ? y : [y[col - 1]!];
    const segs = new Array<number>(m.segments.length).fill(0);
    const grps = new Array<number>(m.groups.length).fill(0);
    let n = 0;
    for (const v of vecs) {
      for (let q = 0; q < v.length; q++) {
        n += v[q]!;
        segs[segIdx[q]!]! += v[q]!;
        if (grpIdx[q]! >= 0) grps[grpIdx[q]!]! += v[q]!;
      }
    }
    const k = keysOf(col);
    const out = new Map<string, number>([[k.size, n]]);
    k.segs.forEach((key, i) => out.set(key, segs[i]!));
    k.grps.forEach((key, i) => out.set(key, grps[i]!));
    return out;
  };
  const said = (key: string) => (key.startsWith('size|') ? shown.sizes[Number(key.slice(5))] : shown.cells.get(key));
  const fits = (f: Map<string, number>, col: number) => {
    for (const [key, v] of f) {
      const s = said(key);
      if (typeof s === 'number' && s !== v) return false;
    }
    // A reason is a fact: 「全員か1人を除く全員が同じ区分」 says the column is (almost) uniform.
    const n = f.get(`size|${col}`)!;
    const segSaid = m.segments.some((s) => said(`${m.segmentsTitle}|${s}|${col}`) === m.uniformSegment) || m.groups.some((g) => said(`${m.groupsTitle}|${g}|${col}`) === m.uniformSegment);
    if (segSaid && Math.max(...m.segments.map((s) => f.get(`${m.segmentsTitle}|${s}|${col}`)!)) < n - 1) return false;
    if (m.groups.some((g) => said(`${m.groupsTitle}|${g}|${col}`) === m.uniformGroup)) {
      const fudo = f.get(`${m.segmentsTitle}|${m.fudo}|${col}`)!;
      const none = fudo - m.groups.reduce((a, g) => a + f.get(`${m.groupsTitle}|${g}|${col}`)!, 0);
      if (fudo === 0 || Math.max(none, ...m.groups.map((g) => f.get(`${m.groupsTitle}|${g}|${col}`)!)) < fudo - 1) return false;
    }
    return true;
  };
  // Candidates per column, from what the column alone shows.
  const perColumn: number[][][] = [];
  for (let c = 1; c <= cols; c++) {
    const size = shown.sizes[c];
    const list: number[][] = [];
    for (let n = typeof size === 'number' ? size : 1; n <= (typeof size === 'number' ? size : total); n++) {
      for (const v of compositions(n, cats.length)) if (fitsAs(v, c)) list.push(v);
    }
    perColumn.push(list);
  }
  function fitsAs(v: number[], c: number) {
    const y: number[][] = [];
    y[c - 1] = v;
    return fits(figures(y, c), c);
  }
  const values = new Map<string, Set<number>>();
  const hiddenKeys = [...Array.from({ length: cols + 1 }, (_, c) => `size|${c}`), ...shown.cells.keys()].filter((k) => typeof said(k) === 'string');
  for (const k of hiddenKeys) values.set(k, new Set());
  let consistent = 0;
  const chosen: number[][] = [];
  const walk = (c: number, left: number) => {
    if (c === cols) {
      if (left !== 0 || !fits(figures(chosen, 0), 0)) return;
      consistent++;
      for (let col = 0; col <= cols; col++) for (const [k, v] of figures(chosen, col)) values.get(k)?.add(v);
      return;
    }
    for (const v of perColumn[c]!) {
      const n = v.reduce((a, x) => a + x, 0);
      if (n > left) continue;
      chosen.push(v);
      walk(c + 1, left - n);
      chosen.pop();
    }
  };
  walk(0, total);
  return { disclosed: hiddenKeys.filter((k) => values.get(k)!.size === 1), consistent };
}
