/**
 * The self-check results a person chose to keep in this browser, and whether they agreed to keep them. One versioned
 * key; what is read back is checked record by record with the same rules as an imported file (a broken value is
 * set aside with a message and left in storage until the next save). Written through ./storage, so blocked or full
 * storage keeps the records in memory and says so, as for the answers.
 */
import { atom } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import type { AnswerSet } from '../lib/answers';
import type { Instrument } from '../schemas/instrument';
import { checkRecords, mergeRecords, type Read } from '../lib/self-check/history/file';
import { keepResult, makeRecord, type HistoryRecord } from '../lib/self-check/history/record';

export interface HistoryState {
  /** The person ticked 「記録する」: each result they see is kept (one a day). */
  consent: boolean;
  records: HistoryRecord[];
}

export const HISTORY_KEY = 'co-guide:self-check-history:v1';
const EMPTY: HistoryState = { consent: false, records: [] };

export const $historyNotice = atom<string | null>(null);

export const $history = persistentAtom<HistoryState>(HISTORY_KEY, EMPTY, {
  // Nothing kept and no consent: the key is removed (the persistent store deletes a key whose encoding is undefined).
  encode: (value) => (value.consent || value.records.length ? JSON.stringify(value) : (undefined as unknown as string)),
  decode: (text) => {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      raw = null;
    }
    const consent = typeof raw === 'object' && raw !== null && (raw as { consent?: unknown }).consent === true;
    const checked = checkRecords((raw as { records?: unknown } | null)?.records);
    if (checked.ok) return { consent, records: checked.value };
    $historyNotice.set('このブラウザに残していた診断の記録が壊れていたため、読み込めませんでした。記録をファイルに保存していれば、そのファイルから読み込めます。');
    return EMPTY;
  },
});

/** What was typed for the 1on1 while the result is not kept (no consent): it lives as long as the page. */
export const $draftTopic = atom('');

export function setConsent(on: boolean): void {
  $history.set({ ...$history.get(), consent: on });
}

/** Keeps the result shown (see keepResult: once a day) and returns the record that holds it. */
export function keepShown(set: AnswerSet, instrument: Instrument, now = new Date()): HistoryRecord {
  const h = $history.get();
  const { records, kept } = keepResult(h.records, makeRecord(set, instrument, now, $draftTopic.get()));
  if (records !== h.records || records.some((r, i) => r !== h.records[i])) $history.set({ ...h, records });
  return kept;
}

export function setTopic(recordId: string | null, topic: string): void {
  if (recordId === null) return $draftTopic.set(topic);
  const h = $history.get();
  $history.set({ ...h, records: h.records.map((r) => (r.id === recordId ? { ...r, topic } : r)) });
}

export function removeRecord(id: string): void {
  const h = $history.get();
  $history.set({ ...h, records: h.records.filter((r) => r.id !== id) });
}

/** Deletes every record and the consent with them: the browser holds nothing of the history afterwards. */
export function removeAll(): void {
  $history.set(EMPTY);
  $historyNotice.set(null);
}

export function importRecords(incoming: HistoryRecord[]): Read<number> {
  const h = $history.get();
  const merged = mergeRecords(h.records, incoming);
  if (!merged.ok) return merged;
  $history.set({ ...h, records: merged.value.records });
  return { ok: true, value: merged.value.added };
}
