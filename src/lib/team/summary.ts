/**
 * Summarising many self-check results: segments and 不動層 groups overall and by age band, average face
 * scores, and the measures recommended most often. Linear in the number of results; pure.
 */
import type { AnswerSet } from '../answers';
import { toCsv } from '../csv';
import { diagnose, type SelfCheckData } from '../self-check/engine';

export interface Tally {
  count: number;
  segments: Record<string, number>;
  groups: Record<string, number>;
  /** Average score per face, over results that scored it. */
  dimensions: Record<string, number | null>;
}

export interface TeamSummary {
  total: Tally;
  byBand: Record<string, Tally>;
  /** Measure ids with how many results recommended them, most first. */
  measures: { id: string; title: string; count: number }[];
}

interface Acc {
  count: number;
  segments: Record<string, number>;
  groups: Record<string, number>;
  sums: Record<string, [number, number]>;
}

const newAcc = (): Acc => ({ count: 0, segments: {}, groups: {}, sums: {} });
const finish = (a: Acc): Tally => ({
  count: a.count,
  segments: a.segments,
  groups: a.groups,
  dimensions: Object.fromEntries(Object.entries(a.sums).map(([k, [s, n]]) => [k, n ? Math.round((s / n) * 10) / 10 : null])),
});

export function summarise(data: SelfCheckData, sets: readonly AnswerSet[]): TeamSummary {
  const total = newAcc();
  const bands = new Map<string, Acc>();
  const measureCounts = new Map<string, number>();
  for (const set of sets) {
    const d = diagnose(data, set);
    const band = d.ageBand?.id ?? 'unknown';
    if (!bands.has(band)) bands.set(band, newAcc());
    for (const acc of [total, bands.get(band)!]) {
      acc.count++;
      acc.segments[d.segment.id] = (acc.segments[d.segment.id] ?? 0) + 1;
      if (d.group) acc.groups[d.group.id] = (acc.groups[d.group.id] ?? 0) + 1;
      for (const s of d.dimensions) {
        const cur = acc.sums[s.id] ?? [0, 0];
        if (s.score !== null) acc.sums[s.id] = [cur[0] + s.score, cur[1] + 1];
        else acc.sums[s.id] = cur;
      }
    }
    for (const m of d.measures) measureCounts.set(m.id, (measureCounts.get(m.id) ?? 0) + 1);
  }
  const titles = new Map(data.measures.map((m) => [m.id, m.title]));
  return {
    total: finish(total),
    byBand: Object.fromEntries([...bands].map(([k, v]) => [k, finish(v)])),
    measures: [...measureCounts]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([id, count]) => ({ id, title: titles.get(id) ?? id, count })),
  };
}

/** The summary as CSV: one block per table, with labels from the data. */
export function summaryToCsv(data: SelfCheckData, s: TeamSummary): string {
  const segLabel = (id: string) => data.rules.segments.find((x) => x.id === id)?.label ?? id;
  const groupLabel = (id: string) => data.fudoGroups.find((x) => x.id === id)?.label ?? id;
  const bandLabel = (id: string) => data.ageBands.find((b) => b.id === id)?.label ?? '年代不明';
  const dims = data.instrument.dimensions;
  const scopes: [string, Tally][] = [['全体', s.total], ...Object.entries(s.byBand).map(([k, v]) => [bandLabel(k), v] as [string, Tally])];
  return toCsv([
    ['表', '範囲', '項目', '値'],
    ...scopes.flatMap(([scope, t]) => [
      ['人数', scope, '回答数', t.count],
      ...data.rules.segments.map((seg) => ['区分', scope, segLabel(seg.id), t.segments[seg.id] ?? 0]),
      ...data.fudoGroups.map((g) => ['群（傾向を含む）', scope, groupLabel(g.id), t.groups[g.id] ?? 0]),
      ...dims.map((d) => ['平均点', scope, d.label, t.dimensions[d.id] ?? '']),
    ]),
    ...s.measures.map((m) => ['おすすめ施策', '全体', m.title, m.count]),
  ]);
}
