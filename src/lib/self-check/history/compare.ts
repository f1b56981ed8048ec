/**
 * The change between two kept results: per face, the score on the items both were asked in the same form, and the
 * answers that moved most. When the instrument changed in between, only the items that are still the same question
 * count (see ./record's fingerprint), and the comparison says how many those are. Pure.
 */
import { keyedValue, scoreDimensions } from '../../likert';
import type { HistoryRecord } from './record';

export interface FaceChange {
  id: string;
  label: string;
  /** Whole-number scores on the shared items, or null when the face has none of them answered. */
  before: number | null;
  after: number | null;
  /** after − before, or null when either is missing. */
  delta: number | null;
  /** Items of this face counted in both; and how many the later result has. */
  shared: number;
  total: number;
}

export interface MovedAnswer {
  itemId: string;
  dimension: string;
  reverse: boolean;
  before: number;
  after: number;
  /** The change as it counts for the face (reverse items flipped): positive raises the face. */
  keyedDelta: number;
}

export interface Comparison {
  /** True when every item of both results is the same question: the scores are the shown ones. */
  allShared: boolean;
  sharedItems: number;
  /** Items in the later result. */
  totalItems: number;
  beforeVersion: number;
  afterVersion: number;
  faces: FaceChange[];
  /** Up to `limit` answers that moved, largest change first (ties in the later result's item order). */
  moved: MovedAnswer[];
}

/** Items asked in the same form in both records (same id, face, direction, wording and scale), in `after`'s order. */
export function sharedItems(before: HistoryRecord, after: HistoryRecord): string[] {
  if (before.instrument !== after.instrument || before.points !== after.points) return [];
  return Object.keys(after.items).filter((id) => {
    const a = after.items[id]!;
    const b = before.items[id];
    return !!b && a.key === b.key && a.dimension === b.dimension && a.reverse === b.reverse;
  });
}

/** Face scores of a record on the given items only, by the same rule and rounding as the page. */
function scoresOn(r: HistoryRecord, ids: readonly string[], faces: HistoryRecord['faces']) {
  const items = ids.map((id) => ({ id, dimension: r.items[id]!.dimension, reverse: r.items[id]!.reverse, text: '' }));
  const instrument = { scale: { labels: Array.from({ length: r.points }, (_, i) => String(i + 1)) }, dimensions: faces.map((f) => ({ id: f.id, label: f.label, description: '' })), items };
  // Only the fields scoring reads; the wording is not needed once the fingerprints matched.
  return scoreDimensions(instrument as unknown as Parameters<typeof scoreDimensions>[0], r.answers);
}

export function compareRecords(before: HistoryRecord, after: HistoryRecord, limit = 3): Comparison {
  const ids = sharedItems(before, after);
  const all = ids.length === Object.keys(after.items).length && ids.length === Object.keys(before.items).length;
  const b = scoresOn(before, ids, after.faces);
  const a = scoresOn(after, ids, after.faces);
  const faces: FaceChange[] = after.faces.map((f, i) => {
    const x = b[i]!.score;
    const y = a[i]!.score;
    return {
      id: f.id,
      label: f.label,
      before: x,
      after: y,
      delta: x === null || y === null ? null : y - x,
      shared: ids.filter((id) => after.items[id]!.dimension === f.id).length,
      total: Object.values(after.items).filter((it) => it.dimension === f.id).length,
    };
  });
  const moved = ids
    .filter((id) => Number.isInteger(before.answers[id]) && Number.isInteger(after.answers[id]))
    .map((id, order) => {
      const it = after.items[id]!;
      const x = before.answers[id]!;
      const y = after.answers[id]!;
      return { order, m: { itemId: id, dimension: it.dimension, reverse: it.reverse, before: x, after: y, keyedDelta: keyedValue(y, it.reverse, after.points) - keyedValue(x, it.reverse, after.points) } };
    })
    .filter(({ m }) => m.keyedDelta !== 0)
    .sort((p, q) => Math.abs(q.m.keyedDelta) - Math.abs(p.m.keyedDelta) || p.order - q.order)
    .slice(0, limit)
    .map(({ m }) => m);
  return { allShared: all, sharedItems: ids.length, totalItems: Object.keys(after.items).length, beforeVersion: before.version, afterVersion: after.version, faces, moved };
}
