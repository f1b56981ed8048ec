import { useEffect, useRef, useState } from 'preact/hooks';
import type { SelfCheckData } from '../../lib/self-check/engine';
import { ageValuesToMap, proposedChoices, type AgeValueChoices } from '../../lib/team/age-values';
import type { Pool } from '../../lib/team/pool';
import { MAX_COLUMNS, MAX_GROUPS, VALUES_LISTED, type Opened as OpenedFile } from '../../lib/team/survey-file';
import type { FromSurveyWorker } from '../../lib/team/survey-protocol';
import { mappingIssues, type ColumnRole, type RowProblem } from '../../lib/team/survey-import';
import { ENCODING_LABELS, FILE_READ_ERROR } from '../../lib/team/text-encoding';
import { AgeValueStep } from './AgeValueStep';
import { startSurveyWorker, type SurveyWorker } from './survey-client';

interface Props {
  data: SelfCheckData;
  onRead: (fileName: string, result: { pool: Pool; problems: RowProblem[] }) => void;
  /** A survey file dropped on the team view's one drop zone (a new object each time). */
  dropped: { file: File } | null;
  /** Changes when HR presses 「すべて消す」: whatever runs is stopped and the import starts over. */
  resetKey: number;
}

type Opened = Omit<OpenedFile, 'separator'> & { fileName: string; ages: AgeValueChoices };


interface Progress {
  phase: 'open' | 'read';
  done: number;
  total: number;
}

const roleValue = (r: ColumnRole) => (r.kind === 'item' || r.kind === 'choice' ? `${r.kind}:${r.id}` : r.kind);
const roleOf = (value: string): ColumnRole => {
  const [kind, id] = value.split(':') as [string, string | undefined];
  if ((kind === 'item' || kind === 'choice') && id) return { kind, id };
  return kind === 'extra' ? { kind: 'extra' } : { kind: 'ignore' };
};
const clip = (s: string, n = 40) => (s.length > n ? `${s.slice(0, n)}…` : s);
const PHASES: Record<Progress['phase'], string> = { open: 'ファイルを開いています', read: '回答を読み取り、一人ずつ結果を計算しています' };

/**
 * Importing the export of a survey HR ran in its own tool: choose the file, check (and correct) which column is
 * which question, then read. Decoding, parsing and scoring run in a worker, with progress and a cancel button,
 * so a company-sized file never freezes the page. The file is read in this browser only.
 */
export function SurveyImport({ data, onRead, dropped, resetKey }: Props) {
  const [opened, setOpened] = useState<Opened | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const worker = useRef<SurveyWorker | null>(null);
  const fileName = useRef('');
  const fileInput = useRef<HTMLInputElement>(null);
  const attempts = useRef(0);

  const stop = () => {
    worker.current?.cancel();
    worker.current = null;
    setProgress(null);
  };
  useEffect(() => stop, []);
  useEffect(() => void (dropped && choose(dropped.file)), [dropped]);
  useEffect(() => {
    if (resetKey === 0) return;
    attempts.current++;
    stop();
    setOpened(null);
    setError(null);
    if (fileInput.current) fileInput.current.value = '';
  }, [resetKey]);

  const handle = (m: FromSurveyWorker) => {
    if (m.type === 'progress') setProgress({ phase: m.phase, done: m.done, total: m.total });
    else if (m.type === 'failed') {
      stop();
      setError(`${fileName.current}：${m.message}`);
    } else if (m.type === 'opened') {
      setProgress(null);
      const { encoding, header, sample, rows, mapping, columns, notes } = m;
      const age = m.mapping.findIndex((r) => r.kind === 'choice' && r.id === 'age');
      const ages = age >= 0 && m.columns[age]!.values ? proposedChoices(ageValuesToMap(m.columns[age]!.values!, data)) : {};
      setOpened({ encoding, header, sample, rows, mapping, columns, notes, fileName: fileName.current, ages });
    } else if (m.type === 'done') {
      // The worker keeps the file, so HR can correct the mapping and read again without choosing it anew.
      setProgress(null);
      onRead(fileName.current, { pool: m.pool, problems: m.problems });
    }
  };

  const choose = async (file: File | undefined) => {
    stop();
    setOpened(null);
    setError(null);
    if (!file) return;
    fileName.current = file.name;
    const attempt = ++attempts.current;
    let bytes: ArrayBuffer;
    try {
      bytes = await file.arrayBuffer();
    } catch {
      // NotReadableError and the like: say so and leave the chooser ready for another try.
      if (attempt !== attempts.current) return;
      if (fileInput.current) fileInput.current.value = '';
      setError(`${file.name}：${FILE_READ_ERROR}`);
      return;
    }
    // Another file was chosen, or everything cleared, while this one was being read.
    if (attempt !== attempts.current) return;
    worker.current = startSurveyWorker(handle, () => {
      stop();
      setError(`${file.name}：ファイルを読み込めませんでした。CSVとして保存し直したファイルで試してください。`);
    });
    setProgress({ phase: 'open', done: 0, total: bytes.byteLength });
    worker.current.send({ type: 'open', bytes, fileName: file.name, data }, [bytes]);
  };

  const cancel = () => {
    stop();
    setOpened(null);
    if (fileInput.current) fileInput.current.value = '';
    setError('読み込みを取り消しました。集計するときは、もう一度ファイルを選んでください。');
  };

  const ageColumn = opened ? opened.mapping.findIndex((r) => r.kind === 'choice' && r.id === 'age') : -1;
  const ageFacts = opened && ageColumn >= 0 ? opened.columns[ageColumn]! : null;
  const ageValues = ageFacts?.values ? ageValuesToMap(ageFacts.values, data) : [];
  const issues = opened
    ? [
        ...mappingIssues(opened.mapping, opened.header, data, { tooVaried: opened.columns.map((c) => c.distinct > MAX_GROUPS), maxGroups: MAX_GROUPS, unchosenAges: ageValues.filter((v) => !(v.value in opened.ages)).map((v) => v.value) }),
        ...(ageFacts && !ageFacts.values ? [`${ageColumn + 1}列目「${clip(opened.header[ageColumn] ?? '', 30)}」には値が${VALUES_LISTED}種類より多くあり、年代の列とは思えません。年代の列を選び直してください。`] : []),
      ]
    : [];
  const setRole = (col: number, value: string) => opened && setOpened({ ...opened, mapping: opened.mapping.map((m, i) => (i === col ? roleOf(value) : m)) });
  const setAge = (value: string, band: string | undefined) => {
    if (!opened) return;
    const ages = { ...opened.ages };
    if (band === undefined) delete ages[value];
    else ages[value] = band;
    setOpened({ ...opened, ages });
  };
  const read = () => {
    if (!opened || !worker.current) return;
    setProgress({ phase: 'read', done: 0, total: 1 });
    worker.current.send({ type: 'read', mapping: opened.mapping, ageValues: Object.fromEntries(ageValues.flatMap((v) => (v.value in opened.ages ? [[v.value, opened.ages[v.value]!]] : []))) });
  };

  return (
    <div class="survey-import team-input no-print">
      <h3>アンケートツールの回答から集計する</h3>
      <div class="survey-choose">
        <label for="survey-file">アンケートの回答ファイルを選ぶ</label>
        <p class="widget-note" id="survey-file-help">
          Microsoft Forms、Googleフォーム、社内のアンケートツールから書き出したCSVを読み込めます。上の枠にドロップしてもかまいません。文字コードはUTF-8とShift_JISのどちらでもかまいません。読み込めるのは{MAX_COLUMNS}列までです。
        </p>
        <input ref={fileInput} id="survey-file" type="file" accept=".csv,.tsv,.txt,text/csv,text/plain,.xlsx,.xls" aria-describedby="survey-file-help" onChange={(e) => choose((e.currentTarget as HTMLInputElement).files?.[0])} />
      </div>
      {progress && (
        <div class="progress survey-progress" data-testid="survey-progress">
          <label for="survey-progress-bar">
            {PHASES[progress.phase]}
            {progress.done > 0 && `（${Math.floor((progress.done / (progress.total || 1)) * 100)}%）`}
          </label>
          <progress id="survey-progress-bar" max={progress.total || 1} value={progress.done > 0 ? progress.done : undefined} />
          <button type="button" class="widget-button is-secondary" onClick={cancel}>
            読み込みを取り消す
          </button>
        </div>
      )}
      {error && (
        <p class="widget-banner is-error" role="alert" data-testid="survey-error">
          {error}
        </p>
      )}
      {opened && (
        <section aria-labelledby="survey-mapping-heading">
          <h3 id="survey-mapping-heading">列と設問の対応を確かめる</h3>
          <p role="status" data-testid="survey-opened">
            {opened.fileName}（{ENCODING_LABELS[opened.encoding]}、見出しの下に{opened.rows.toLocaleString('ja-JP')}行）を開きました。見出しから対応を推しはかりました。違っている列は、右の欄で直してください。
          </p>
          {opened.notes.length > 0 && (
            <ul class="widget-warning" data-testid="survey-notes">
              {opened.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          )}
          <div class="table-scroll" tabIndex={0} role="region" aria-label="列と設問の対応">
            <table class="score-table" data-testid="survey-mapping">
              <thead>
                <tr>
                  <th scope="col">列</th>
                  <th scope="col">見出し</th>
                  <th scope="col">1行目の値</th>
                  <th scope="col">割り当て</th>
                </tr>
              </thead>
              <tbody>
                {opened.header.map((h, col) => (
                  <tr key={col}>
                    <td>{col + 1}</td>
                    <th scope="row">{clip(h) || '（見出しなし）'}</th>
                    {/* Comments are not shown: they may name a person, and they are not a classification. */}
                    <td>{opened.columns[col]!.freeText ? '（自由記述のようです）' : clip(opened.sample[col] ?? '', 20)}</td>
                    <td>
                      <select aria-label={`${col + 1}列目「${clip(h, 30)}」の割り当て`} value={roleValue(opened.mapping[col]!)} onChange={(e) => setRole(col, (e.currentTarget as HTMLSelectElement).value)}>
                        <option value="ignore">使わない</option>
                        <option value="extra" disabled={opened.columns[col]!.distinct > MAX_GROUPS}>
                          分類として残す（部署など）
                        </option>
                        {data.instrument.choices.map((c) => (
                          <option key={c.id} value={`choice:${c.id}`}>
                            {c.id}：{clip(c.text, 24)}
                          </option>
                        ))}
                        {data.instrument.items.map((i) => (
                          <option key={i.id} value={`item:${i.id}`}>
                            {i.id}：{clip(i.text, 24)}
                          </option>
                        ))}
                      </select>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {ageValues.length > 0 && <AgeValueStep values={ageValues} choices={opened.ages} bands={data.ageBands} onChoose={setAge} />}
          {issues.length > 0 && (
            <ul class="widget-banner is-error" role="alert" data-testid="survey-mapping-issues">
              {issues.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          )}
          <div class="button-row">
            <button type="button" class="widget-button" onClick={read} disabled={progress !== null || issues.length > 0}>
              この対応で読み込んで集計する
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
