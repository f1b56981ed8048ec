/**
 * Rounds of the survey side by side. After each round HR saves a round file: the company-wide figures the team
 * view shows (segment and group counts, reach, face means with their spread, α), with every figure that the
 * small-group rules hide already left out, so the file holds nothing the page would not show. The next round
 * reads it back and shows each KPI for both rounds, the change and its 95% interval (change-intervals.ts). Pure.
 */
import type { SelfCheckData } from '../self-check/engine';
import { alphaChange, newcombe, welch, type Interval } from './change-intervals';
import { ALPHA_MIN_PEOPLE } from './alpha';
import { breakdown } from './breakdown';
import { faceStats } from './face-stats';
import type { Pool } from './pool';

export const ROUND_FORMAT = 'co-guide-team-round';

export interface RoundCount {
  id: string;
  label: string;
  /** null: hidden by the small-group rules. */
  count: number | null;
}

export interface RoundFace {
  id: string;
  label: string;
  n: number;
  mean: number | null;
  sd: number | null;
  alpha: number | null;
  alphaPeople: number;
  items: number;
}

export interface Round {
  format: typeof ROUND_FORMAT;
  instrument: string;
  instrumentVersion: number;
  /** The day the round was saved, YYYY-MM-DD. */
  date: string;
  minSize: number;
  n: number;
  segments: RoundCount[];
  groups: RoundCount[];
  /** People whose 届く is at or above its limit: the company's measures reach them. */
  reach: RoundCount;
  faces: RoundFace[];
}

/** The face that tells whether measures reach a person: the one the first 不動層 group (リーチ不足群) is read from. */
export const reachFaceOf = (data: SelfCheckData) => data.rules.groups[0]?.when[0] ?? 'reach';

/** The company-wide figures of one round, as the team view shows them (`b`: the pool's breakdown by age band). */
export function summariseRound(pool: Pool, data: SelfCheckData, minSize: number, date: string, b = breakdown(pool, data, { kind: 'band' }, minSize)): Round {
  const counts = (id: 'segments' | 'groups'): RoundCount[] =>
    b.sections.find((s) => s.id === id)!.rows.map((r) => ({ id: r.id, label: r.label, count: r.hidden[0] ? null : (r.values[0] as number) }));
  const reachId = reachFaceOf(data);
  const limit = data.rules.faces.find((f) => f.id === reachId)?.limit ?? 50;
  const reachScores = pool.scores[reachId] ?? new Float64Array();
  let answered = 0;
  let reached = 0;
  for (let i = 0; i < reachScores.length; i++) {
    const v = reachScores[i]!;
    if (Number.isNaN(v)) continue;
    answered++;
    if (v >= limit) reached++;
  }
  // As for any count: not when it or its complement is a small number, nor when (almost) everyone is on one side.
  const small = (k: number) => k > 0 && k < minSize;
  const reachShown = answered >= minSize && !small(reached) && !small(answered - reached) && Math.min(reached, answered - reached) > 1;
  const faces: RoundFace[] = data.instrument.dimensions.map((d) => {
    const { n, mean, sd } = faceStats(pool.scores[d.id], minSize);
    const a = pool.alpha.find((x) => x.id === d.id);
    return {
      id: d.id,
      label: d.label,
      n,
      mean,
      sd,
      alpha: a && a.people >= ALPHA_MIN_PEOPLE ? a.alpha : null,
      alphaPeople: a?.people ?? 0,
      items: a?.items ?? 0,
    };
  });
  return {
    format: ROUND_FORMAT,
    instrument: data.instrumentId,
    instrumentVersion: data.instrument.version,
    date,
    minSize,
    n: pool.count,
    segments: counts('segments'),
    groups: counts('groups'),
    reach: { id: 'reach', label: '施策が届いている人（「届く」が目安以上）', count: reachShown ? reached : null },
    faces,
  };
}

export type RoundRead = { ok: true; round: Round } | { ok: false; message: string };

const isCount = (x: unknown): x is RoundCount => typeof x === 'object' && x !== null && typeof (x as RoundCount).id === 'string' && typeof (x as RoundCount).label === 'string' && ((x as RoundCount).count === null || (Number.isInteger((x as RoundCount).count) && (x as RoundCount).count! >= 0));
const isNum = (x: unknown) => typeof x === 'number' && Number.isFinite(x);
const isFace = (x: unknown): x is RoundFace => {
  const f = x as RoundFace;
  return typeof f === 'object' && f !== null && typeof f.id === 'string' && typeof f.label === 'string' && Number.isInteger(f.n) && (f.mean === null || isNum(f.mean)) && (f.sd === null || isNum(f.sd)) && (f.alpha === null || isNum(f.alpha)) && Number.isInteger(f.alphaPeople) && Number.isInteger(f.items);
};

/** Reads a saved round file; anything else gets a message that says what to choose instead. */
export function readRound(text: string, data: SelfCheckData): RoundRead {
  let v: Round;
  try {
    v = JSON.parse(text.replace(/^\uFEFF/, '')) as Round;
  } catch {
    return { ok: false, message: '集計ファイル（JSON）として読み取れません。前回「比べるための集計を保存」で作ったファイルを選んでください。' };
  }
  if (v?.format !== ROUND_FORMAT) return { ok: false, message: 'チーム集計で保存した、前回の集計ファイルではありません。前回「比べるための集計を保存」で作ったファイルを選んでください。' };
  if (v.instrument !== data.instrumentId || v.instrumentVersion !== data.instrument.version) {
    return { ok: false, message: `前回の集計は設問の版${String(v.instrumentVersion)}で、今回の設問は版${data.instrument.version}です。設問が変わっているため、点数や区分をそのまま比べることはできません。` };
  }
  const ok = typeof v.date === 'string' && Number.isInteger(v.n) && v.n >= 0 && Number.isInteger(v.minSize) && Array.isArray(v.segments) && v.segments.every(isCount) && Array.isArray(v.groups) && v.groups.every(isCount) && isCount(v.reach) && Array.isArray(v.faces) && v.faces.every(isFace);
  if (!ok) return { ok: false, message: '集計ファイルの中身が欠けているか、書き換えられています。前回保存したファイルをそのまま選んでください。' };
  return { ok: true, round: v };
}

export interface KpiRow {
  id: string;
  section: 'reach' | 'segments' | 'groups' | 'faces' | 'alpha';
  label: string;
  kind: 'share' | 'mean' | 'alpha';
  /** Share (0–1), mean (0–100) or α; null when hidden or not computed in that round. */
  before: number | null;
  after: number | null;
  /** Counts behind a share, for 「40%（25人中10人）」. */
  beforeOf?: [number, number];
  afterOf?: [number, number];
  change: number | null;
  interval: Interval | null;
}

/** Each KPI for both rounds, the change and its 95% interval; nothing where either round hides it. */
export function compareRounds(before: Round, after: Round): KpiRow[] {
  const rows: KpiRow[] = [];
  const share = (section: KpiRow['section'], a: RoundCount | undefined, b: RoundCount, id: string) => {
    const k1 = a?.count ?? null;
    const k2 = b.count;
    const both = k1 !== null && k2 !== null && before.n > 0 && after.n > 0;
    rows.push({
      id,
      section,
      label: b.label,
      kind: 'share',
      before: k1 === null || !before.n ? null : k1 / before.n,
      after: k2 === null || !after.n ? null : k2 / after.n,
      beforeOf: k1 === null ? undefined : [k1, before.n],
      afterOf: k2 === null ? undefined : [k2, after.n],
      change: both ? k2 / after.n - k1 / before.n : null,
      interval: both ? newcombe(k1, before.n, k2, after.n) : null,
    });
  };
  share('reach', before.reach, after.reach, 'reach');
  for (const s of after.segments) share('segments', before.segments.find((x) => x.id === s.id), s, `segment:${s.id}`);
  for (const g of after.groups) share('groups', before.groups.find((x) => x.id === g.id), g, `group:${g.id}`);
  for (const f of after.faces) {
    const p = before.faces.find((x) => x.id === f.id);
    const both = p && p.mean !== null && f.mean !== null && p.sd !== null && f.sd !== null;
    rows.push({
      id: `face:${f.id}`,
      section: 'faces',
      label: f.label,
      kind: 'mean',
      before: p?.mean ?? null,
      after: f.mean,
      change: both ? f.mean! - p.mean! : null,
      interval: both ? welch({ n: p.n, mean: p.mean!, sd: p.sd! }, { n: f.n, mean: f.mean!, sd: f.sd! }) : null,
    });
  }
  for (const f of after.faces) {
    const p = before.faces.find((x) => x.id === f.id);
    const both = p && p.alpha !== null && f.alpha !== null && p.alpha < 1 && f.alpha < 1 && p.items === f.items && f.items > 1;
    rows.push({
      id: `alpha:${f.id}`,
      section: 'alpha',
      label: f.label,
      kind: 'alpha',
      before: p?.alpha ?? null,
      after: f.alpha,
      change: p?.alpha != null && f.alpha !== null ? f.alpha - p.alpha : null,
      interval: both ? alphaChange(p.alpha!, p.alphaPeople, f.alpha!, f.alphaPeople, f.items) : null,
    });
  }
  return rows;
}

/** How a KPI value is written: a share as 「40%（25人中10人）」, a mean to one decimal, α to two. */
export function kpiText(kind: KpiRow['kind'], v: number | null, of?: [number, number]): string {
  if (v === null) return '—';
  if (kind === 'share') return `${(v * 100).toFixed(1)}%${of ? `（${of[1]}人中${of[0]}人）` : ''}`;
  return kind === 'mean' ? v.toFixed(1) : v.toFixed(2);
}

/** A change and its interval: 「+4.0ポイント（95%区間 −1.2〜+9.1）」. */
export function changeText(row: KpiRow): string {
  if (row.change === null) return '—';
  const scale = row.kind === 'share' ? 100 : 1;
  const digits = row.kind === 'alpha' ? 2 : 1;
  const signed = (x: number) => {
    const s = (x * scale).toFixed(digits);
    return Number(s) > 0 ? `+${s}` : Number(s) < 0 ? s.replace('-', '−') : s.replace('-', '');
  };
  const unit = row.kind === 'share' ? 'ポイント' : '';
  const range = row.interval ? `（95%区間 ${signed(row.interval.low)}〜${signed(row.interval.high)}）` : '（区間は計算できません）';
  return `${signed(row.change)}${unit}${range}`;
}
