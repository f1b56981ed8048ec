/**
 * Persisted answer sets for any diagnostic, one localStorage key per instrument and version.
 * What is read back is checked with the same rules as a share link; a broken value is set aside
 * (kept in storage until new answers overwrite it) and explained in `notice`. Storage that throws
 * (private modes, disabled storage) falls back to memory, also with a notice.
 */
import { atom, type WritableAtom } from 'nanostores';
import { persistentAtom, setPersistentEngine } from '@nanostores/persistent';
import { emptyAnswerSet, type AnswerSet, type CheckResult } from '../lib/answers';

const PREFIX = 'co-guide:';

/** Set when the browser refuses storage; answers then live only as long as the page. */
export const $storageNotice = atom<string | null>(null);

function storageWorks(): boolean {
  try {
    const probe = `${PREFIX}probe`;
    localStorage.setItem(probe, '1');
    localStorage.removeItem(probe);
    return true;
  } catch {
    return false;
  }
}

if (typeof window !== 'undefined' && !storageWorks()) {
  setPersistentEngine({}, { addEventListener() {}, removeEventListener() {} });
  $storageNotice.set('このブラウザでは回答を保存できません（保存が無効になっています）。ページを閉じると回答は消えます。');
}

export interface AnswerStore {
  $answers: WritableAtom<AnswerSet>;
  /** A message about saved answers that could not be used, or null. */
  $notice: WritableAtom<string | null>;
  reset(): void;
}

export function createAnswerStore(instrumentId: string, version: number, check: (raw: unknown) => CheckResult): AnswerStore {
  const empty = emptyAnswerSet(instrumentId, version);
  const $notice = atom<string | null>(null);
  const $answers = persistentAtom<AnswerSet>(`${PREFIX}${instrumentId}:v${version}`, empty, {
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
  return {
    $answers,
    $notice,
    reset() {
      $notice.set(null);
      $answers.set(empty);
    },
  };
}
