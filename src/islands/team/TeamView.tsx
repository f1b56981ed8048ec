import { useState } from 'preact/hooks';
import type { SelfCheckQuestionData } from '../../lib/self-check/engine';
import { leftOutNotice, sortDroppedFiles } from '../../lib/team/dropped-files';
import siteSettings from 'virtual:co-guide/site-settings';
import { selfCheckQuestions } from '../data/self-check-questions';
import { SurveyImport } from './SurveyImport';
import { TeamInput } from './TeamInput';
import { useOutcomeView } from './useOutcomeView';
import { useTeamRun } from './useTeamRun';
import { withBoundary } from '../IslandBoundary';
import { ResultLoading } from '../diagnostic/ResultLoading';

/**
 * Nothing is stored here, but what HR entered is still in the fields: counting again retries the import. A browser
 * that keeps a failed import may need a reload, which empties the fields; the message says so.
 */
const VIEWS_FAILED =
  '結果の表示に必要なファイルを読み込めませんでした。入力した内容はそのままです。接続を確かめて、もう一度集計してください。それでも表示されないときは、ページを再読み込みしてから入力し直してください。';

interface Props {
  /** The questions' data (items, choices, age bands) for the survey's columns; the rest comes with the first count. */
  data: SelfCheckQuestionData;
  /** Smallest group whose figures are shown (content/data/site-settings.yaml). */
  minGroupSize: number;
  /** The site's base path, for the gap view's links. */
  base: string;
}

/**
 * HR pastes share links, drops exported result files, or reads a survey tool's export; everything is read and
 * summarised in this browser. Nothing is stored: other people's answers are not left behind in this browser.
 */
function TeamView({ base }: { base: string }) {
  return <TeamViewOf data={selfCheckQuestions} minGroupSize={siteSettings.team.minGroupSize} base={base} />;
}

function TeamViewOf({ data, minGroupSize, base }: Props) {
  const [text, setText] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [resetKey, setResetKey] = useState(0);
  const { outcome, busy, progress, failure, dropped, setDropped, run, fromSurvey, stop } = useTeamRun(minGroupSize);
  const outcomeView = useOutcomeView();

  const addFiles = (list: FileList | null) => {
    const { survey, leftOut, results } = sortDroppedFiles(Array.from(list ?? []));
    if (survey) setDropped({ file: survey });
    setNotice(leftOutNotice(survey, leftOut));
    if (results.length) setFiles([...files, ...results]);
  };
  // Stops whatever runs (results being read, a survey in its worker) and empties every field.
  const clear = () => {
    stop();
    setText('');
    setFiles([]);
    setNotice(null);
    setResetKey((k) => k + 1);
  };

  return (
    // Whatever HR first does in the tool (types, picks or drops a file, presses a button) starts loading the result views.
    <div class="team-view not-content" data-pagefind-ignore="" onInputCapture={outcomeView.start} onChangeCapture={outcomeView.start} onDropCapture={outcomeView.start} onClickCapture={outcomeView.start}>
      <TeamInput text={text} onText={setText} files={files} onFiles={addFiles} notice={notice} busy={busy} onRun={() => run(text, files)} onClear={clear} />

      <SurveyImport data={data} minSize={minGroupSize} onRead={fromSurvey} dropped={dropped} resetKey={resetKey} />

      {busy && (
        <p role="status" class="widget-note" data-testid="team-progress">
          読み込み中です（{progress.toLocaleString('ja-JP')}件目まで）。
        </p>
      )}
      {failure && (
        <div class="widget-banner is-error" role="alert">
          <p>{failure}</p>
        </div>
      )}
      {outcome && (outcomeView.View ? <outcomeView.View outcome={outcome} minGroupSize={minGroupSize} base={base} /> : <ResultLoading failed={outcomeView.failed} failedText={VIEWS_FAILED} />)}
    </div>
  );
}

/** What the page hydrates: the tool inside a boundary that turns any exception into a message (IslandBoundary). */
export default withBoundary(TeamView, 'チーム集計');
