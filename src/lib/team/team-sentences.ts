/**
 * The sentences the team view shows about its figures: those of content/data/team-sentences.yaml whose written
 * condition holds on what the view shows, with their {placeholders} filled. Read only from the computed figures
 * (the breakdown's 全体 column, the round summary's reach, the gap rows, the faces' α, the round change rows), and
 * only from shown ones: a figure the small-group rules hide is never a fact here, so no sentence can give it away.
 * The views render these and write no interpretive sentence of their own. Pure.
 */
import type { TeamCondition, TeamSentences } from '../../schemas/team-sentence';
import { fill } from '../self-check/sentence-condition';
import { ALPHA_LOW, ALPHA_MIN_PEOPLE } from './alpha';
import { cellText, type Breakdown } from './breakdown';
import type { GapRow } from './gap';
import { NO_SEGMENT, type FaceAlpha } from './pool';
import type { KpiRow, RoundCount } from './rounds';

export interface TeamSentence {
  slot: string;
  text: string;
  when: TeamCondition;
}

type AlphaBand = 'low' | 'atOrAbove' | 'none';
export type ChangeReading = 'above' | 'below' | 'spans' | 'noInterval' | 'none';

/** What the team result shows, as far as the conditions read it. A condition on a fact not given never holds. */
export interface TeamFacts {
  segments?: 'allShown' | 'someHidden';
  largestSegment?: 'one' | 'tied';
  /** 不動層 of 全体, when shown. */
  fudo?: number;
  groups?: 'allShown' | 'someHidden';
  largestGroup?: 'one' | 'tied';
  reach?: 'shown' | 'hidden';
  totals?: 'allShown' | 'someHidden';
  people?: 'shown' | 'hidden';
  pair?: string;
  gap?: 'orgHigher' | 'peopleHigher' | 'close';
  alpha?: 'shown' | 'hidden';
  /** α of each face, as shown. */
  alphaOf?: Readonly<Record<string, AlphaBand>>;
  change?: ChangeReading;
  kind?: KpiRow['kind'];
}

const within = <T>(list: readonly T[] | undefined, v: T | undefined) => !list || (v !== undefined && list.includes(v));
const same = <T>(want: T | undefined, v: T | undefined) => want === undefined || want === v;

/** True when every part of the condition holds; `named` are the faces the sentence names through {faces}. */
export function teamHolds(when: TeamCondition, facts: TeamFacts, named: readonly string[] = []): boolean {
  if (when.always) return true;
  const fudo = facts.fudo === undefined ? undefined : facts.fudo > 0 ? 'some' : 'none';
  const bands = (faces: readonly string[], want: readonly AlphaBand[]) => faces.length > 0 && faces.every((f) => within(want, facts.alphaOf?.[f]));
  return (
    same(when.segments, facts.segments) &&
    same(when.largestSegment, facts.largestSegment) &&
    same(when.fudo, fudo) &&
    same(when.groups, facts.groups) &&
    same(when.largestGroup, facts.largestGroup) &&
    same(when.reach, facts.reach) &&
    same(when.totals, facts.totals) &&
    same(when.people, facts.people) &&
    within(when.pair, facts.pair) &&
    within(when.gap, facts.gap) &&
    same(when.alpha, facts.alpha) &&
    (!when.named || bands(named, when.named)) &&
    (!when.allFaces || bands(Object.keys(facts.alphaOf ?? {}), when.allFaces)) &&
    within(when.change, facts.change) &&
    within(when.kind, facts.kind)
  );
}

function pick(spec: TeamSentences, slot: string, facts: TeamFacts, vars: Readonly<Record<string, string | number>>, named: readonly string[] = []): TeamSentence[] {
  return spec.sentences.filter((s) => s.slot === slot && teamHolds(s.when, facts, named)).map((s) => ({ slot: s.slot, text: fill(s.text, vars), when: s.when }));
}

const quoted = (labels: readonly string[]) => labels.map((l) => `「${l}」`).join('と');

/** The rows of a count section whose 全体 figure is the largest (above 0), and whether every row's is shown. */
function largestOf(rows: Breakdown['sections'][number]['rows']) {
  const allShown = rows.every((r) => !r.hidden[0]);
  const max = Math.max(0, ...rows.map((r) => (r.hidden[0] ? 0 : (r.values[0] ?? 0))));
  const top = allShown && max > 0 ? rows.filter((r) => r.values[0] === max) : [];
  return { allShown, top, max };
}

/** The facts of the summary: the 全体 column of the breakdown on the page, and the reach count when shown. */
export function summaryFacts(b: Breakdown, reach: RoundCount | null): TeamFacts {
  const segments = b.sections.find((s) => s.id === 'segments')!;
  const groups = b.sections.find((s) => s.id === 'groups')!;
  // 区分なし (a way of answering, not a segment) is neither counted among the segments nor compared with them.
  const seg = largestOf(segments.rows.filter((r) => r.id !== NO_SEGMENT));
  const grp = largestOf(groups.rows);
  const fudo = segments.rows.find((r) => r.id === b.fudoId);
  const totals = [...segments.rows, ...groups.rows].every((r) => !r.hidden[0]);
  return {
    segments: seg.allShown ? 'allShown' : 'someHidden',
    ...(seg.top.length ? { largestSegment: seg.top.length > 1 ? 'tied' : 'one' } : {}),
    ...(fudo && !fudo.hidden[0] ? { fudo: fudo.values[0] ?? 0 } : {}),
    groups: grp.allShown ? 'allShown' : 'someHidden',
    ...(grp.top.length ? { largestGroup: grp.top.length > 1 ? 'tied' : 'one' } : {}),
    reach: reach && reach.count !== null ? 'shown' : 'hidden',
    totals: totals ? 'allShown' : 'someHidden',
  };
}

/**
 * The short summary at the top of the team result, for HR: the largest segment, the largest 不動層 group, how many
 * are below the reach limit, and that hidden figures are left out. `reachLimit` is 「届く」's limit.
 */
export function summarySentences(spec: TeamSentences, b: Breakdown, reach: RoundCount | null, reachLimit: number): TeamSentence[] {
  const facts = summaryFacts(b, reach);
  const segments = b.sections.find((s) => s.id === 'segments')!;
  const groups = b.sections.find((s) => s.id === 'groups')!;
  const seg = largestOf(segments.rows.filter((r) => r.id !== NO_SEGMENT));
  const grp = largestOf(groups.rows);
  const n = b.columns[0]!.count;
  // Each sentence fills its own {count} and {share}: the segment's, the group's or the reach's.
  type Vars = Record<string, string | number>;
  const segVars: Vars = seg.top.length ? { segment: seg.top[0]!.label, segments: quoted(seg.top.map((r) => r.label)), count: seg.max, share: cellText(b, segments, seg.top[0]!, 0).share } : {};
  const groupVars: Vars = { fudo: facts.fudo ?? '', ...(grp.top.length ? { group: grp.top[0]!.label, groups: quoted(grp.top.map((r) => r.label)), count: grp.max } : {}) };
  const reachVars: Vars = reach && reach.count !== null && n > 0 ? { limit: reachLimit, below: n - reach.count, share: `${Math.round(((n - reach.count) / n) * 100)}%` } : {};
  const varsOf = (w: TeamCondition) => (w.reach ? reachVars : w.fudo ? groupVars : segVars);
  return spec.sentences.filter((s) => s.slot === 'summary' && teamHolds(s.when, facts)).map((s) => ({ slot: s.slot, text: fill(s.text, varsOf(s.when)), when: s.when }));
}

export interface GapSentences {
  /** Sentences above the table (the people's means hidden). */
  notes: TeamSentence[];
  /** Per gap row id: the direction's label and the reading of the pair. */
  rows: Record<string, { direction: string; words: string }>;
}

export function gapSentences(spec: TeamSentences, rows: readonly GapRow[], peopleShown: boolean, minSize: number): GapSentences {
  const people = peopleShown ? 'shown' : 'hidden';
  const vars = { minSize };
  const join = (list: TeamSentence[]) => list.map((s) => s.text).join('');
  return {
    notes: pick(spec, 'gap-hidden', { people }, vars),
    rows: Object.fromEntries(
      rows.map((r) => {
        // A direction is a fact only when both scores are shown.
        const facts: TeamFacts = { people, pair: r.id, ...(r.direction && r.people !== null && r.org !== null ? { gap: r.direction } : {}) };
        return [r.id, { direction: join(pick(spec, 'gap-direction', facts, vars)), words: join(pick(spec, 'gap-words', facts, vars)) }];
      }),
    ),
  };
}

/** α as the table shows it (two decimals), read against the mark. */
export function alphaBand(alpha: number | null): AlphaBand {
  if (alpha === null) return 'none';
  return Number(alpha.toFixed(2)) < ALPHA_LOW ? 'low' : 'atOrAbove';
}

/** The α report's sentences: why α is not shown yet, which faces are below the mark, or that none is. */
export function alphaSentences(spec: TeamSentences, alpha: readonly FaceAlpha[], count: number): TeamSentence[] {
  const shown = count >= ALPHA_MIN_PEOPLE;
  const alphaOf = Object.fromEntries(alpha.map((f) => [f.id, alphaBand(f.alpha)]));
  const low = alpha.filter((f) => alphaOf[f.id] === 'low');
  const facts: TeamFacts = { alpha: shown ? 'shown' : 'hidden', ...(shown ? { alphaOf } : {}) };
  const vars = { min: ALPHA_MIN_PEOPLE, count, mark: ALPHA_LOW, faces: quoted(low.map((f) => f.label)) };
  return pick(spec, 'alpha', facts, vars, low.map((f) => f.id));
}

/** How a round change reads, on the interval as the table writes it (rounded to the digits shown). */
export function changeReading(row: KpiRow): ChangeReading {
  if (row.change === null) return 'none';
  if (!row.interval) return 'noInterval';
  const scale = row.kind === 'share' ? 100 : 1;
  const digits = row.kind === 'alpha' ? 2 : 1;
  const shown = (x: number) => Number((x * scale).toFixed(digits));
  if (shown(row.interval.low) > 0) return 'above';
  if (shown(row.interval.high) < 0) return 'below';
  return 'spans';
}

/** Per round change row id, the reading of its change. */
export function changeSentences(spec: TeamSentences, rows: readonly KpiRow[]): Record<string, string> {
  return Object.fromEntries(rows.map((r) => [r.id, pick(spec, 'change', { change: changeReading(r), kind: r.kind }, {}).map((s) => s.text).join('')]));
}
