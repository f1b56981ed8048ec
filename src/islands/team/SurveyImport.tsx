import type { SelfCheckQuestionData } from '../../lib/self-check/engine';
import { MAX_COLUMNS } from '../../lib/team/survey-file';
import { SurveyMapping } from './SurveyMapping';
import { SurveyProgress } from './SurveyProgress';
import { useSurveyImport, type SurveyRead } from './useSurveyImport';

interface Props {
  data: SelfCheckQuestionData;
  /** Smallest group whose figures are shown. */
  minSize: number;
  onRead: (fileName: string, result: SurveyRead) => void;
  /** A survey file dropped on the team view's one drop zone (a new object each time). */
  dropped: { file: File } | null;
  /** Changes when HR presses 「すべて消す」: whatever runs is stopped and the import starts over. */
  resetKey: number;
}

/**
 * Importing the export of a survey HR ran in its own tool: choose the file, check (and correct) which column is
 * which question, then read. Decoding, parsing and scoring run in a worker, with progress and a cancel button,
 * so a company-sized file never freezes the page. The file is read in this browser only.
 */
export function SurveyImport({ data, minSize, onRead, dropped, resetKey }: Props) {
  const s = useSurveyImport(data, minSize, onRead, dropped, resetKey);
  return (
    <div class="survey-import team-input no-print">
      <h3>アンケートツールの回答から集計する</h3>
      <div class="survey-choose">
        <label for="survey-file">アンケートの回答ファイルを選ぶ</label>
        <p class="widget-note" id="survey-file-help">
          Microsoft Forms、Googleフォーム、社内のアンケートツールから書き出したCSVを読み込めます。上の枠にドロップしてもかまいません。文字コードはUTF-8とShift_JISのどちらでもかまいません。読み込めるのは{MAX_COLUMNS}列までです。
        </p>
        <input ref={s.fileInput} id="survey-file" type="file" accept=".csv,.tsv,.txt,text/csv,text/plain,.xlsx,.xls" aria-describedby="survey-file-help" onChange={(e) => s.choose((e.currentTarget as HTMLInputElement).files?.[0])} />
      </div>
      {s.progress && <SurveyProgress progress={s.progress} onCancel={s.cancel} />}
      {s.error && (
        <p class="widget-banner is-error" role="alert" data-testid="survey-error">
          {s.error}
        </p>
      )}
      {s.opened && s.folded && (
        <p class="survey-folded" data-testid="survey-folded">
          {s.opened.fileName}を、確かめた列の対応で読み込み{s.progress ? 'ています' : 'ました'}。
          {!s.progress && (
            <button type="button" class="widget-button is-secondary" onClick={s.unfold}>
              列の対応を見直す
            </button>
          )}
        </p>
      )}
      {s.opened && !s.folded && <SurveyMapping opened={s.opened} data={data} ageValues={s.ageValues} issues={s.issues} busy={s.progress !== null} onRole={s.setRole} onAge={s.setAge} onRead={s.read} />}
    </div>
  );
}
