/**
 * The pooled results of many respondents, as compact columns that a worker can hand to the page (typed arrays,
 * transferred, not copied): each person's age band, segment, 不動層 group (or tendency), face scores and extra
 * survey columns (department…), plus the measures recommended most often and each face's Cronbach's α. Everything
 * the breakdowns need, nothing more: no answers leave the function that built it. Linear in the number of people;
 * pure.
 */
import { unanswered, type AnswerSet } from '../answers';
import { dimensionScorer, keyedValue, scalePoints } from '../likert';
import { answerStyleChecker } from '../self-check/answer-style';
import { diagnose, type SelfCheckData } from '../self-check/engine';
import { alphaAccumulator, ALPHA_MIN_PEOPLE } from './alpha';
import { codedColumnBuilder, type CodedColumn } from './coded-column';

/**
 * The segment a person is counted under when their way of answering (straight-lining, contradictions) made their
 * own result show no segment: the team view counts them apart rather than as the segment their scores would give.
 */
export const NO_SEGMENT = 'no-segment';
export const NO_SEGMENT_LABEL = '区分なし（答え方に偏り）';

export interface FaceAlpha {
  id: string;
  label: string;
  alpha: number | null;
  people: number;
  items: number;
}

export interface Pool {
  count: number;
  /** Per person: age band id, or '' when not given. */
  bands: CodedColumn;
  /** Per person: the segment id, or NO_SEGMENT when the person's own result names none. */
  segments: CodedColumn;
  /** Per person: the 不動層 group or tendency, or '' when none. */
  groups: CodedColumn;
  /** Per face id, each person's score 0–100 (NaN when the face was not answered). */
  scores: Record<string, Float64Array>;
  extraColumns: string[];
  /** Per extra column, each person's value. */
  extras: CodedColumn[];
  measures: { id: string; title: string; count: number }[];
  /** Per face; null α until ALPHA_MIN_PEOPLE people answered every item of the face. */
  alpha: FaceAlpha[];
}

/**
 * Why a result cannot be pooled, or null: every item and every required choice (the age band) must be answered,
 * or the group's figures would mix people scored on different questions and people of no band.
 */
export function poolRefusal(set: AnswerSet, data: Pick<SelfCheckData, 'instrument'>): string | null {
  const missing = unanswered(set, data.instrument);
  if (missing.length === 0) return null;
  const choices = data.instrument.choices.filter((c) => missing.includes(c.id)).map((c) => (c.id === 'age' ? '年代' : `「${c.text}」`));
  const items = missing.length - choices.length;
  const parts = [...(items ? [`設問${items}問`] : []), ...choices];
  return `回答が揃っていません（未回答：${parts.join('、')}）。すべての設問と必ず答える設問（年代）に答えた結果だけを集計します。`;
}

/**
 * The face scores as one number (each 0–100, or null, in base 102), exact for up to 7 faces; as text beyond that.
 * Two people share a key exactly when they share every face score.
 */
function scoreKey(dims: readonly { score: number | null }[]): number | string {
  if (dims.length > 7) return dims.map((d) => d.score).join(',');
  let key = 0;
  for (const d of dims) key = key * 102 + (d.score === null ? 101 : d.score);
  return key;
}

export function poolBuilder(data: SelfCheckData, extraColumns: readonly string[] = []) {
  const faces = data.instrument.dimensions;
  const points = scalePoints(data.instrument);
  const faceItems = faces.map((f) => data.instrument.items.filter((i) => i.dimension === f.id));
  const accumulators = faceItems.map((items) => alphaAccumulator(items.length));
  const scoreOf = dimensionScorer(data.instrument);
  const styleOf = answerStyleChecker(data.instrument, data.rules);
  const bands = codedColumnBuilder();
  const segments = codedColumnBuilder();
  const groups = codedColumnBuilder();
  let count = 0;
  const scores = faces.map(() => [] as number[]);
  const extras = extraColumns.map(() => codedColumnBuilder());
  const buffer: number[] = [];
  // Segment, group and measures depend on the face scores and the chosen band and reason only, not on which items
  // gave the scores; people who share those share a diagnosis, so it is computed once for them. (A unit test
  // checks the pool against diagnosing everyone, so a change to the engine that breaks this is caught.)
  // Each diagnosis counts its people; the measures are counted from those at the end, not person by person. Its
  // band, segment and group are kept as codes, so adding a person looks nothing up by text.
  type Diagnosis = { band: number; segment: number; group: number; measures: string[]; people: number };
  const diagnoses: Diagnosis[] = [];
  // Found by age band, then reason, then answer style, then the face scores as one number (see scoreKey), so that
  // no key text is built for each person.
  const byChoice = new Map<string, Map<string, [Map<number | string, Diagnosis>, Map<number | string, Diagnosis>]>>();
  const cacheFor = (age: string, reason: string, flagged: boolean) => {
    let byReason = byChoice.get(age);
    if (!byReason) byChoice.set(age, (byReason = new Map()));
    let byStyle = byReason.get(reason);
    if (!byStyle) byReason.set(reason, (byStyle = [new Map(), new Map()]));
    return byStyle[flagged ? 1 : 0];
  };
  return {
    /** Adds one person, or returns why not (poolRefusal) and leaves the pool as it was. */
    add(set: AnswerSet, extraValues: readonly string[] = []): string | null {
      const refused = poolRefusal(set, data);
      if (refused) return refused;
      const dims = scoreOf(set.answers);
      // The answering style depends on the answers themselves, not on the scores: it is part of the key.
      const flagged = styleOf(set.answers).flagged;
      const cache = cacheFor(set.choices.age?.[0] ?? '', set.choices.reason?.[0] ?? '', flagged);
      const key = scoreKey(dims);
      let d = cache.get(key);
      if (!d) {
        const full = diagnose(data, set);
        // As on the person's own result: no segment or group name when the answers cannot carry one.
        const shown = full.labelShown;
        d = {
          band: bands.codeOf(full.ageBand?.id ?? ''),
          segment: segments.codeOf(shown ? full.segment.id : NO_SEGMENT),
          group: groups.codeOf(shown ? (full.group?.id ?? '') : ''),
          measures: full.measures.map((m) => m.id),
          people: 0,
        };
        cache.set(key, d);
        diagnoses.push(d);
      }
      count++;
      d.people++;
      bands.pushCode(d.band);
      segments.pushCode(d.segment);
      groups.pushCode(d.group);
      for (let i = 0; i < dims.length; i++) scores[i]?.push(dims[i]!.score ?? NaN);
      for (let i = 0; i < extras.length; i++) extras[i]!.push(extraValues[i] ?? '');
      for (let f = 0; f < faceItems.length; f++) {
        buffer.length = 0;
        for (const item of faceItems[f]!) buffer.push(keyedValue(set.answers[item.id]!, item.reverse, points));
        accumulators[f]!.add(buffer);
      }
      return null;
    },
    result(): Pool {
      const titles = new Map(data.measures.map((m) => [m.id, m.title]));
      const measureCounts = new Map<string, number>();
      for (const d of diagnoses) for (const m of d.measures) measureCounts.set(m, (measureCounts.get(m) ?? 0) + d.people);
      return {
        count,
        bands: bands.result(),
        segments: segments.result(),
        groups: groups.result(),
        scores: Object.fromEntries(faces.map((f, i) => [f.id, Float64Array.from(scores[i]!)])),
        extraColumns: [...extraColumns],
        extras: extras.map((column) => column.result()),
        measures: [...measureCounts]
          .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
          .map(([id, count]) => ({ id, title: titles.get(id) ?? id, count })),
        alpha: faces.map((f, i) => {
          const r = accumulators[i]!.result();
          return { id: f.id, label: f.label, alpha: r.people >= ALPHA_MIN_PEOPLE ? r.alpha : null, people: r.people, items: r.items };
        }),
      };
    },
  };
}

/** Pools everyone at once; `onRefused` hears of each person left out (poolRefusal). */
export function poolOf(data: SelfCheckData, people: readonly { set: AnswerSet; extras?: readonly string[] }[], extraColumns: readonly string[] = [], onRefused?: (index: number, reason: string) => void): Pool {
  const b = poolBuilder(data, extraColumns);
  people.forEach((p, i) => {
    const refused = b.add(p.set, p.extras);
    if (refused) onRefused?.(i, refused);
  });
  return b.result();
}

/** The pool's typed arrays, to transfer (not copy) when a worker posts the pool to the page. */
export function poolBuffers(pool: Pool): ArrayBuffer[] {
  const columns = [pool.bands, pool.segments, pool.groups, ...pool.extras];
  return [...columns.map((c) => c.codes.buffer as ArrayBuffer), ...Object.values(pool.scores).map((s) => s.buffer as ArrayBuffer)];
}
