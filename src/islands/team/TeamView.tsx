import { useRef, useState } from 'preact/hooks';
import { toCsv } from '../../lib/csv';
import type { SelfCheckData } from '../../lib/self-check/engine';
import { decodeFile, FILE_READ_ERROR } from '../../lib/team/text-encoding';
import { createImporter, looksLikeTable, MAX_LISTED, type ImportProblem } from '../../lib/team/import';
import { poolBuilder, type Pool } from '../../lib/team/pool';
import type { RowProblem } from '../../lib/team/survey-import';
import { downloadText } from '../download';
import siteSettings from 'virtual:co-guide/site-settings';
import { gapData } from '../data/team';
import { selfCheckData } from '../data/self-check';
import { SurveyImport } from './SurveyImport';
import { TeamResult, type GapProps } from './TeamResult';
import { withBoundary } from '../IslandBoundary';

interface Props {
  data: SelfCheckData;
  /** Smallest group whose figures are shown (content/data/site-settings.yaml). */
  minGroupSize: number;
  /** The organisation self-check and the face/axis pairs, for the gap view. */
  gap: GapProps;
}

interface Outcome {
  problems: ImportProblem[];
  /** Problems past the listed ones, counted but not kept (a huge bad paste). */
  moreProblems: number;
  pool: Pool;
}

/** More rows than this are not put on the page at once; the full list is offered as CSV. */
const PROBLEMS_SHOWN = 500;
/** The longest the page works between two pauses (ms), so that it stays responsive and 「すべて消す」 stops at once. */
const SLICE_MS = 25;
/** How often the clock is looked at (entries). */
const CHECK_EVERY = 32;
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
/** Files that are a survey tool's export by their name; others are read as results unless their text is a table. */
const SURVEY_FILE = /\.(csv|tsv)$/i;

/**
 * HR pastes share links, drops exported result files, or reads a survey tool's export; everything is read and
 * summarised in this browser. Nothing is stored: other people's answers are not left behind in this browser.
 */
function TeamView({ base }: { base: string }) {
  return <TeamViewOf data={selfCheckData} minGroupSize={siteSettings.team.minGroupSize} gap={{ ...gapData, base }} />;
}

function TeamViewOf({ data, minGroupSize, gap }: Props) {
  const [text, setText] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const [dropped, setDropped] = useState<{ file: File } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [resetKey, setResetKey] = useState(0);
  // Each run has a number; 「すべて消す」 moves it on, and a run that is no longer current stops at its next pause.
  const runs = useRef(0);

  const show = (o: Outcome) => {
    setOutcome(o);
    setTimeout(() => document.getElementById('team-result-heading')?.focus(), 0);
  };
  // The button always comes back: whatever one file or entry does, the rest are read and the outcome shown.
  const run = async () => {
    const id = ++runs.current;
    const live = () => runs.current === id;
    setBusy(true);
    setProgress(0);
    setFailure(null);
    let steps = 0;
    let entries = 0;
    let since = performance.now();
    /** Whether this slice has run long enough (the clock is looked at every CHECK_EVERY steps). */
    const due = () => ++steps % CHECK_EVERY === 0 && performance.now() - since >= SLICE_MS;
    /** Lets the page paint and take input; false once the run was cancelled. */
    const pause = async () => {
      setProgress(entries);
      await nextTask();
      since = performance.now();
      return live();
    };
    try {
      const importer = createImporter(data);
      const readStepwise = async (input: string, source: string) => {
        for (const _ of importer.readSteps(input, source)) {
          entries++;
          if (due() && !(await pause())) return false;
        }
        return true;
      };
      if (!(await readStepwise(text, '貼り付け'))) return;
      for (const f of files) {
        let bytes: Uint8Array;
        try {
          bytes = new Uint8Array(await f.arrayBuffer());
        } catch {
          importer.refuse(f.name, FILE_READ_ERROR);
          continue;
        }
        if (!live()) return;
        const decoded = decodeFile(bytes);
        // A survey export among the result files goes to the survey import, where its columns are mapped.
        if (decoded.ok && looksLikeTable(decoded.text)) setDropped({ file: f });
        else if (decoded.ok) {
          if (!(await readStepwise(decoded.text, f.name))) return;
        } else importer.refuse(f.name, decoded.message);
      }
      const imported = importer.result();
      const pool = poolBuilder(data);
      const problems = [...imported.problems];
      for (const e of imported.entries) {
        const refused = pool.add(e.set);
        if (refused) problems.push({ source: e.source, line: e.line, message: refused });
        if (due() && !(await pause())) return;
      }
      show({ problems, moreProblems: imported.moreProblems, pool: pool.result() });
    } catch (e) {
      if (!live()) return;
      setOutcome(null);
      setFailure(`集計の途中で問題が起きました（${e instanceof Error ? e.name : '不明な問題'}）。入力を確かめて、もう一度「集計する」を押してください。`);
    } finally {
      if (live()) setBusy(false);
    }
  };
  // A survey export replaces what was pasted: it is the whole company's answers, not a few more.
  const fromSurvey = (fileName: string, r: { pool: Pool; problems: RowProblem[] }) => show({ pool: r.pool, moreProblems: 0, problems: r.problems.map((p) => ({ source: fileName, line: p.row, message: p.message })) });
  const addFiles = (list: FileList | null) => {
    const all = Array.from(list ?? []);
    const [survey, ...others] = all.filter((f) => SURVEY_FILE.test(f.name));
    if (survey) setDropped({ file: survey });
    setNotice(others.length ? `アンケートの回答ファイルは1つずつ読み込みます。${survey!.name}を開きました。${others.map((f) => f.name).join('、')}は読み込んでいません。` : null);
    const results = all.filter((f) => !SURVEY_FILE.test(f.name));
    if (results.length) setFiles([...files, ...results]);
  };
  // Stops whatever runs (results being read, a survey in its worker) and empties every field.
  const clear = () => {
    runs.current++;
    setBusy(false);
    setText('');
    setFiles([]);
    setOutcome(null);
    setFailure(null);
    setDropped(null);
    setNotice(null);
    setResetKey((k) => k + 1);
  };
  const problems = outcome?.problems ?? [];
  const problemCount = outcome ? problems.length + outcome.moreProblems : 0;

  return (
    <div class="team-view not-content" data-pagefind-ignore="">
      <div class="team-input no-print">
        <label for="team-paste">共有リンクまたは結果のJSONを貼り付け（1行に1件）</label>
        <textarea id="team-paste" rows={6} value={text} onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)} />
        <div
          class={`drop-zone${dragging ? ' is-dragging' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            addFiles(e.dataTransfer?.files ?? null);
          }}
        >
          <label for="team-files">結果ファイル（JSON）やアンケートの回答ファイル（CSV）を選ぶか、ここにドロップ</label>
          <input id="team-files" type="file" multiple accept=".json,.txt,.jsonl,.csv,.tsv,.xlsx,.xls,application/json,text/plain,text/csv" onChange={(e) => addFiles((e.currentTarget as HTMLInputElement).files)} />
          {notice && (
            <p class="widget-warning" role="status">
              {notice}
            </p>
          )}
          {files.length > 0 && <p class="widget-note">{files.length}件のファイル：{files.map((f) => f.name).join('、')}</p>}
        </div>
        <div class="button-row">
          <button type="button" class="widget-button" onClick={run} disabled={busy || (!text.trim() && files.length === 0)}>
            集計する
          </button>
          <button type="button" class="widget-button is-secondary" onClick={clear}>
            すべて消す
          </button>
        </div>
      </div>

      <SurveyImport data={data} onRead={fromSurvey} dropped={dropped} resetKey={resetKey} />

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
      {outcome && (
        <section aria-labelledby="team-result-heading" class="team-result">
          <h2 id="team-result-heading" tabIndex={-1}>
            集計結果
          </h2>
          <p role="status" data-testid="team-count">
            {outcome.pool.count.toLocaleString('ja-JP')}件を集計しました。{problemCount > 0 && `集計に入れなかったものが${problemCount.toLocaleString('ja-JP')}件あります。`}
          </p>
          {problems.length > 0 && (
            <div class="widget-banner is-error">
              <div class="table-scroll" tabIndex={0} role="region" aria-label="集計に入れなかったもの">
                <table class="score-table" data-testid="team-problems">
                  <caption>{outcome.moreProblems > 0 ? `集計に入れなかったもの（先頭の${MAX_LISTED}件など。ほかに${outcome.moreProblems.toLocaleString('ja-JP')}件は一覧から省略）` : '集計に入れなかったもの（1件ずつ）'}</caption>
                  <thead>
                    <tr>
                      <th scope="col">出どころ</th>
                      <th scope="col">行</th>
                      <th scope="col">理由</th>
                    </tr>
                  </thead>
                  <tbody>
                    {problems.slice(0, PROBLEMS_SHOWN).map((p, i) => (
                      <tr key={i}>
                        <td>{p.source}</td>
                        <td>{p.line}</td>
                        <td>{p.message}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {problems.length > PROBLEMS_SHOWN && <p>ここには最初の{PROBLEMS_SHOWN}件を表示しています。すべては「理由の一覧をCSVで保存」で確かめられます。</p>}
              <button type="button" class="widget-button is-secondary no-print" onClick={() => downloadText('co-team-problems.csv', toCsv([['出どころ', '行', '理由'], ...problems.map((p) => [p.source, p.line, p.message])]), 'text/csv')}>
                理由の一覧をCSVで保存
              </button>
            </div>
          )}
          {outcome.pool.count > 0 && <TeamResult data={data} pool={outcome.pool} minSize={minGroupSize} gap={gap} />}
        </section>
      )}
    </div>
  );
}

/** What the page hydrates: the tool inside a boundary that turns any exception into a message (IslandBoundary). */
export default withBoundary(TeamView, 'チーム集計');
