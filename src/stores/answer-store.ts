/**
 * Persisted answer sets for any diagnostic, one localStorage key per instrument and version.
 * What is read back is checked with the same rules as a share link; a broken value is set aside
 * (kept in storage until new answers overwrite it) and explained in `notice`. When storage is blocked or full,
 * answers live on in memory (src/stores/storage.ts says why). Answers saved under another version of the
 * instrument are found and offered for export, never used and never deleted without the reader's say.
 */
import { atom, type WritableAtom } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import { emptyAnswerSet, type AnswerSet, type CheckResult } from '../lib/answers';
import { readStored, removeStored, storedKeys } from './storage';

const PREFIX = 'co-guide:';

/** Answers this browser holds for another version of the same instrument. */
export interface OtherVersionAnswers {
  version: number;
  /** The stored text, as it was saved. */
  text: string;
}

export interface AnswerStore {
  $answers: WritableAtom<AnswerSet>;
  /** A message about saved answers that could not be used, or null. */
  $notice: WritableAtom<string | null>;
  /** Answers saved for other versions of this instrument (read once, in the browser). */
  $otherVersions: WritableAtom<OtherVersionAnswers[]>;
  /** Deletes the answers saved for other versions. */
  forgetOtherVersions(): void;
  reset(): void;
}

export const answersKey = (instrumentId: string, version: number) => `${PREFIX}${instrumentId}:v${version}`;

function otherVersions(instrumentId: string, version: number): OtherVersionAnswers[] {
  const pattern = new RegExp(`^${PREFIX}${instrumentId.replace(/[^\w-]/g, '\\$&')}:v(\\d+)$`);
  return storedKeys(`${PREFIX}${instrumentId}:v`)
    .map((key) => ({ key, match: pattern.exec(key) }))
    .filter((k) => k.match && Number(k.match[1]) !== version)
    .map((k) => ({ version: Number(k.match![1]), text: readStored(k.key) ?? '' }))
    .filter((k) => k.text !== '')
    .sort((a, b) => a.version - b.version);
}

export function createAnswerStore(instrumentId: string, version: number, check: (raw: unknown) => CheckResult): AnswerStore {
  const empty = emptyAnswerSet(instrumentId, version);
  const $notice = atom<string | null>(null);
  const $answers = persistentAtom<AnswerSet>(answersKey(instrumentId, version), empty, {
    encode: (value) => JSON.stringify(value),
    decode: (text) => {
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch {
        $notice.set('保存されていた回答が壊れていたため、読み込めませんでした。お手数ですが、最初から回答してください。');
        return empty;
      }
      const result = check(raw);
      if (result.ok) return result.value;
      $notice.set(`保存されていた回答を使えませんでした。${result.message} お手数ですが、最初から回答してください。`);
      return empty;
    },
  });
  const $otherVersions = atom<OtherVersionAnswers[]>(typeof window === 'undefined' ? [] : otherVersions(instrumentId, version));
  return {
    $answers,
    $notice,
    $otherVersions,
    forgetOtherVersions() {
      for (const o of $otherVersions.get()) {
        removeStored(answersKey(instrumentId, o.version));
        removeStored(`${answersKey(instrumentId, o.version)}:page`);
      }
      $otherVersions.set([]);
    },
    reset() {
      $notice.set(null);
      $answers.set(empty);
    },
  };
}
