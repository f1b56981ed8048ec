import { percentDone } from '../../lib/team/survey-mapping';
import type { Progress } from './useSurveyImport';

const PHASES: Record<Progress['phase'], string> = { open: 'ファイルを開いています', read: '回答を読み取り、一人ずつ結果を計算しています' };

/** How far the worker has come with the file, with the button that cancels it. */
export function SurveyProgress({ progress, onCancel }: { progress: Progress; onCancel: () => void }) {
  return (
    <div class="progress survey-progress" data-testid="survey-progress">
      <label for="survey-progress-bar">
        {PHASES[progress.phase]}
        {progress.done > 0 && `（${percentDone(progress.done, progress.total)}%）`}
      </label>
      <progress id="survey-progress-bar" max={progress.total || 1} value={progress.done > 0 ? progress.done : undefined} />
      <button type="button" class="widget-button is-secondary" onClick={onCancel}>
        読み込みを取り消す
      </button>
    </div>
  );
}
