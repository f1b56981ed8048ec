/**
 * One kept self-check result ("a record"): the answers as given, the shown face scores, and a fingerprint of every
 * item as it was asked. The fingerprint lets a later version of the site tell which items are still the same
 * question (same id, face, direction, scale and wording), so results are compared on those items only, even after
 * the instrument has changed and the old one is no longer on the site. Pure.
 */
import type { AnswerSet } from '../../answers';
import { scalePoints, scoreDimensions } from '../../likert';
import type { Instrument } from '../../../schemas/instrument';

/** How an item was asked: the face it counts towards, its direction, and a hash of its wording and scale. */
export interface RecordItem {
  dimension: string;
  reverse: boolean;
  key: string;
}

export interface HistoryRecord {
  /** Unique within a browser and across files: the time saved plus a random tail. */
  id: string;
  /** ISO 8601, when the result was kept. */
  savedAt: string;
  instrument: string;
  version: number;
  /** Points on the scale the answers were given on. */
  points: number;
  answers: Record<string, number>;
  choices: Record<string, string[]>;
  items: Record<string, RecordItem>;
  /** The faces in their order then, with the whole-number score shown (null when unscored). */
  faces: { id: string; label: string; score: number | null }[];
  /** What the person wants to talk about in a 1on1, typed on the result page. */
  topic: string;
}

/** FNV-1a, 32 bits, as 8 hex digits: enough to tell reworded items apart, small enough to keep per item. */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

type RecordInstrument = Pick<Instrument, 'version' | 'items' | 'scale' | 'dimensions'>;

export function itemsOf(instrument: RecordInstrument): Record<string, RecordItem> {
  const points = scalePoints(instrument);
  return Object.fromEntries(
    instrument.items.map((i) => [i.id, { dimension: i.dimension, reverse: i.reverse, key: fingerprint(`${i.dimension}\u0000${i.reverse ? 1 : 0}\u0000${points}\u0000${i.text}`) }]),
  );
}

export function makeRecord(set: AnswerSet, instrument: RecordInstrument, savedAt: Date, topic = '', tail = Math.random().toString(36).slice(2, 8)): HistoryRecord {
  return {
    id: `${savedAt.toISOString()}-${tail}`,
    savedAt: savedAt.toISOString(),
    instrument: set.instrument,
    version: set.version,
    points: scalePoints(instrument),
    answers: { ...set.answers },
    choices: { ...set.choices },
    items: itemsOf(instrument),
    faces: scoreDimensions(instrument, set.answers).map((s) => ({ id: s.id, label: s.label, score: s.score })),
    topic,
  };
}

const sameStrings = (a: Record<string, string[]>, b: Record<string, string[]>) => {
  const ka = Object.keys(a).sort();
  return ka.join() === Object.keys(b).sort().join() && ka.every((k) => a[k]!.join('\u0000') === b[k]!.join('\u0000'));
};

/** Whether a record holds exactly these answers and choices to this version's questions: it is this result. */
export function holdsSet(r: HistoryRecord, set: AnswerSet): boolean {
  const ka = Object.keys(r.answers);
  return (
    r.instrument === set.instrument &&
    r.version === set.version &&
    ka.length === Object.keys(set.answers).length &&
    ka.every((k) => r.answers[k] === set.answers[k]) &&
    sameStrings(r.choices, set.choices)
  );
}

/** Newest first; records saved at the same moment keep a stable order by id. */
export const byNewest = (records: readonly HistoryRecord[]) => [...records].sort((a, b) => b.savedAt.localeCompare(a.savedAt) || b.id.localeCompare(a.id));

/** The local calendar day of a record, e.g. 2026-12-05, in the browser's time zone. */
export function dayOf(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** 2026年12月5日 */
export function dateLabel(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;
}

/**
 * Keeps the result shown: nothing changes when the newest record already holds it; a result taken again on the
 * same day as the newest record replaces it (a person who reviews a few answers has not taken the check twice) and
 * keeps what was typed for the 1on1; otherwise it is added. Returns the new list, newest first, and the kept record.
 */
export function keepResult(records: readonly HistoryRecord[], fresh: HistoryRecord): { records: HistoryRecord[]; kept: HistoryRecord } {
  const sorted = byNewest(records);
  const newest = sorted[0];
  if (newest && holdsSet(newest, { instrument: fresh.instrument, version: fresh.version, answers: fresh.answers, choices: fresh.choices })) return { records: sorted, kept: newest };
  if (newest && dayOf(newest.savedAt) === dayOf(fresh.savedAt)) {
    const kept = { ...fresh, topic: fresh.topic || newest.topic };
    return { records: [kept, ...sorted.slice(1)], kept };
  }
  return { records: [fresh, ...sorted], kept: fresh };
}

/** The record to compare a shown result with: the newest, or the one before it when the newest is this result. */
export function previousOf(records: readonly HistoryRecord[], set: AnswerSet): HistoryRecord | null {
  const [newest, before] = byNewest(records);
  if (!newest) return null;
  return holdsSet(newest, set) ? (before ?? null) : newest;
}
