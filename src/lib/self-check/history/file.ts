/**
 * The file that carries kept results to another browser (a new device, or off a shared PC), and the check of
 * anything read back — from that file or from storage. Nothing in it is trusted: every record is checked field by
 * field, and a file with one bad record is refused whole with a Japanese message, so an import never half-happens
 * and never touches what is already kept. Pure.
 */
import { isValidAnswer } from '../../likert';
import { byNewest, type HistoryRecord, type RecordItem } from './record';

export const HISTORY_FORMAT = 'co-guide/self-check-history';
export const HISTORY_FORMAT_VERSION = 1;
/** More than anyone keeps by hand (four a year for decades); a larger file is not one of ours. */
export const MAX_RECORDS = 200;
export const MAX_TOPIC = 2000;
/** Bytes; a file of 200 records is well under this. */
export const MAX_FILE_BYTES = 2_000_000;

export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is string => typeof v === 'string' && /^[\w.:-]{1,80}$/.test(v);

/** Why a record cannot be used, or null when it can. */
function problem(raw: unknown): string | null {
  if (!isRecord(raw)) return '記録の形になっていません';
  const { id, savedAt, instrument, version, points, answers, choices, items, faces, topic } = raw;
  if (!isId(id)) return '記録の識別子がありません';
  if (typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt))) return '日付が読み取れません';
  if (instrument !== 'self-check') return '自己診断の記録ではありません';
  if (!Number.isInteger(version) || (version as number) < 1) return '設問の版が読み取れません';
  if (!Number.isInteger(points) || (points as number) < 2 || (points as number) > 11) return '選択肢の数が読み取れません';
  if (!isRecord(items) || Object.keys(items).length === 0) return '設問の一覧がありません';
  for (const [k, it] of Object.entries(items)) {
    if (!isId(k) || !isRecord(it) || !isId(it.dimension) || typeof it.reverse !== 'boolean' || typeof it.key !== 'string' || !/^[0-9a-f]{8}$/.test(it.key)) return `設問 ${k} の情報が読み取れません`;
  }
  if (!isRecord(answers)) return '回答がありません';
  for (const [k, v] of Object.entries(answers)) {
    if (!(k in items)) return `設問の一覧にない設問（${k}）への回答があります`;
    if (!isValidAnswer(v, points as number)) return `設問 ${k} の回答が 1〜${String(points)} の範囲にありません`;
  }
  if (!isRecord(choices) || !Object.entries(choices).every(([k, v]) => isId(k) && Array.isArray(v) && v.every(isId))) return '年代などの選択が読み取れません';
  if (!Array.isArray(faces) || faces.length === 0) return '軸の点数がありません';
  for (const f of faces) {
    if (!isRecord(f) || !isId(f.id) || typeof f.label !== 'string' || f.label.length > 40) return '軸の名前が読み取れません';
    if (f.score !== null && !(Number.isInteger(f.score) && (f.score as number) >= 0 && (f.score as number) <= 100)) return `「${f.label}」の点数が 0〜100 の範囲にありません`;
  }
  if (typeof topic !== 'string' || topic.length > MAX_TOPIC) return `1on1で話したいことが読み取れないか、${MAX_TOPIC}字を超えています`;
  return null;
}

/** Keeps only the known fields of a checked record, so nothing unexpected rides along into storage. */
function clean(raw: Record<string, unknown>): HistoryRecord {
  const r = raw as unknown as HistoryRecord;
  return {
    id: r.id,
    savedAt: new Date(r.savedAt).toISOString(),
    instrument: r.instrument,
    version: r.version,
    points: r.points,
    answers: { ...r.answers },
    choices: Object.fromEntries(Object.entries(r.choices).map(([k, v]) => [k, [...v]])),
    items: Object.fromEntries(Object.entries(r.items).map(([k, it]): [string, RecordItem] => [k, { dimension: it.dimension, reverse: it.reverse, key: it.key }])),
    faces: r.faces.map((f) => ({ id: f.id, label: f.label, score: f.score })),
    topic: r.topic,
  };
}

/** Checks a list of records, as read from storage or a file. */
export function checkRecords(raw: unknown): Read<HistoryRecord[]> {
  if (!Array.isArray(raw)) return { ok: false, message: '記録の一覧が見つかりません。' };
  if (raw.length > MAX_RECORDS) return { ok: false, message: `記録が多すぎます（${raw.length}件、読み込めるのは${MAX_RECORDS}件まで）。` };
  const ids = new Set<string>();
  for (const [i, r] of raw.entries()) {
    const why = problem(r);
    if (why) return { ok: false, message: `${i + 1}件目の記録を読み取れません（${why}）。` };
    const id = (r as { id: string }).id;
    if (ids.has(id)) return { ok: false, message: `${i + 1}件目の記録が、ほかの記録と重なっています。` };
    ids.add(id);
  }
  return { ok: true, value: byNewest(raw.map((r) => clean(r as Record<string, unknown>))) };
}

export function encodeHistoryFile(records: readonly HistoryRecord[], exportedAt: Date): string {
  return JSON.stringify({ format: HISTORY_FORMAT, formatVersion: HISTORY_FORMAT_VERSION, exportedAt: exportedAt.toISOString(), records: byNewest(records) }, null, 2);
}

const FIX = '何も取り込んでいません。このページの「記録をファイルに保存」で作ったファイルを選んでください。';

export function decodeHistoryFile(text: string): Read<HistoryRecord[]> {
  if (text.length > MAX_FILE_BYTES) return { ok: false, message: `ファイルが大きすぎます。${FIX}` };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, message: `ファイルをJSONとして読み取れませんでした。${FIX}` };
  }
  if (!isRecord(raw)) return { ok: false, message: `記録のファイルではありません。${FIX}` };
  if (raw.format === 'co-guide/self-check-result') {
    return { ok: false, message: 'これは診断結果を1回分書き出したファイルで、記録のファイルではありません。何も取り込んでいません。結果のファイルは、チーム集計で読み込めます。' };
  }
  if (raw.format !== HISTORY_FORMAT) return { ok: false, message: `記録のファイルではありません。${FIX}` };
  if (typeof raw.formatVersion !== 'number' || raw.formatVersion > HISTORY_FORMAT_VERSION) {
    return { ok: false, message: 'このサイトより新しい版で作られたファイルのため、読み込めません。何も取り込んでいません。新しい版のサイトで開いてください。' };
  }
  const checked = checkRecords(raw.records);
  return checked.ok ? checked : { ok: false, message: `${checked.message}ファイルが途中で書き換えられたか、壊れている可能性があります。何も取り込んでいません。` };
}

/**
 * Adds imported records to those kept: a record already kept (same id) stays as it is, so importing the same file
 * twice changes nothing. Returns the merged list, newest first, and how many were new; refuses when the total
 * would pass the limit.
 */
export function mergeRecords(kept: readonly HistoryRecord[], incoming: readonly HistoryRecord[]): Read<{ records: HistoryRecord[]; added: number }> {
  const have = new Set(kept.map((r) => r.id));
  const fresh = incoming.filter((r) => !have.has(r.id));
  if (kept.length + fresh.length > MAX_RECORDS) {
    return { ok: false, message: `記録が${MAX_RECORDS}件を超えるため、取り込めませんでした。何も取り込んでいません。古い記録を消してから、もう一度お試しください。` };
  }
  return { ok: true, value: { records: byNewest([...kept, ...fresh]), added: fresh.length } };
}
