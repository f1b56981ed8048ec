import { useState } from 'preact/hooks';
import type { SelfCheckData } from '../../lib/self-check/engine';
import { createImporter, type ImportResult } from '../../lib/team/import';
import { summarise, summaryToCsv, type TeamSummary } from '../../lib/team/summary';
import { downloadText } from '../download';
import { SurveyImport } from './SurveyImport';
import type { SurveyRead } from '../../lib/team/survey-import';

interface Props {
  data: SelfCheckData;
}

interface Outcome {
  imported: ImportResult;
  summary: TeamSummary;
}

const pct = (n: number, of: number) => (of ? `${Math.round((n / of) * 100)}%` : '—');

/**
 * HR pastes share links or drops exported result files; everything is read and summarised in this browser.
 * Nothing is stored: other people's answers are not left behind in this browser.
 */
export default function TeamView({ data }: Props) {
  const [text, setText] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    const importer = createImporter(data);
    importer.read(text, '貼り付け');
    for (const f of files) importer.read(await f.text(), f.name);
    const imported = importer.result();
    setOutcome({ imported, summary: summarise(data, imported.entries.map((e) => e.set)) });
    setBusy(false);
    setTimeout(() => document.getElementById('team-result-heading')?.focus(), 0);
  };
  // A survey export replaces what was pasted: it is the whole company's answers, not a few more.
  const fromSurvey = (fileName: string, read: SurveyRead) => {
    const imported: ImportResult = {
      entries: read.respondents.map((r) => ({ source: fileName, line: r.row, set: r.set })),
      problems: read.problems.map((p) => ({ source: fileName, line: p.row, message: p.message })),
    };
    setOutcome({ imported, summary: summarise(data, imported.entries.map((e) => e.set)) });
    setTimeout(() => document.getElementById('team-result-heading')?.focus(), 0);
  };
  const addFiles = (list: FileList | null) => list && setFiles([...files, ...Array.from(list)]);
  const clear = () => {
    setText('');
    setFiles([]);
    setOutcome(null);
  };

  const bands = data.ageBands;
  const s = outcome?.summary;
  const scopes: { id: string; label: string }[] = s ? [{ id: 'total', label: '全体' }, ...bands.filter((b) => s.byBand[b.id]).map((b) => ({ id: b.id, label: b.label })), ...(s.byBand.unknown ? [{ id: 'unknown', label: '年代不明' }] : [])] : [];
  const tally = (id: string) => (id === 'total' ? s!.total : s!.byBand[id]!);

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
          <label for="team-files">結果ファイル（JSON）を選ぶか、ここにドロップ</label>
          <input id="team-files" type="file" multiple accept=".json,.txt,.jsonl,application/json,text/plain" onChange={(e) => addFiles((e.currentTarget as HTMLInputElement).files)} />
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

      <SurveyImport data={data} onRead={fromSurvey} />

      {outcome && s && (
        <section aria-labelledby="team-result-heading" class="team-result">
          <h2 id="team-result-heading" tabIndex={-1}>
            集計結果
          </h2>
          <p role="status" data-testid="team-count">
            {s.total.count}件を集計しました。{outcome.imported.problems.length > 0 && `集計に入れなかったものが${outcome.imported.problems.length}件あります。`}
          </p>
          {outcome.imported.problems.length > 0 && (
            <div class="widget-banner is-error">
              <table class="score-table" data-testid="team-problems">
                <caption>集計に入れなかったもの（1件ずつ）</caption>
                <thead>
                  <tr>
                    <th scope="col">出どころ</th>
                    <th scope="col">行</th>
                    <th scope="col">理由</th>
                  </tr>
                </thead>
                <tbody>
                  {outcome.imported.problems.map((p, i) => (
                    <tr key={i}>
                      <td>{p.source}</td>
                      <td>{p.line}</td>
                      <td>{p.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {s.total.count > 0 && (
            <>
              <h3>区分の分布</h3>
              <ScopeTable
                testId="team-segments"
                rowHeader="区分"
                rows={data.rules.segments}
                columns={scopes.map((sc) => ({ ...sc, label: `${sc.label}（${tally(sc.id).count}人）` }))}
                cell={(seg, sc) => `${tally(sc).segments[seg.id] ?? 0}人（${pct(tally(sc).segments[seg.id] ?? 0, tally(sc).count)}）`}
              />
              <h3>不動層の群（不動層以外の傾向を含む）</h3>
              <ScopeTable testId="team-groups" rowHeader="群" rows={data.fudoGroups} columns={scopes} cell={(g, sc) => `${tally(sc).groups[g.id] ?? 0}人`} />
              <h3>面ごとの平均点（0〜100）</h3>
              <ScopeTable testId="team-dimensions" rowHeader="面" rows={data.instrument.dimensions} columns={scopes} cell={(d, sc) => tally(sc).dimensions[d.id]?.toFixed(1) ?? '—'} />
              <h3>おすすめされた回数の多い施策</h3>
              <ol data-testid="team-measures">
                {s.measures.slice(0, 10).map((m) => (
                  <li key={m.id}>
                    {m.title}（{m.count}人）
                  </li>
                ))}
              </ol>
              <div class="button-row no-print">
                <button type="button" class="widget-button" onClick={() => downloadText('co-team-summary.csv', summaryToCsv(data, s), 'text/csv')}>
                  集計をCSVで保存
                </button>
                <button type="button" class="widget-button" onClick={() => window.print()}>
                  印刷する
                </button>
              </div>
            </>
          )}
        </section>
      )}
    </div>
  );
}

interface ScopeTableProps<R extends { id: string; label: string }> {
  testId: string;
  rowHeader: string;
  rows: R[];
  columns: { id: string; label: string }[];
  cell: (row: R, columnId: string) => string;
}

/** One table of the summary: a row per segment, group or face, a column for all and for each age band. */
function ScopeTable<R extends { id: string; label: string }>({ testId, rowHeader, rows, columns, cell }: ScopeTableProps<R>) {
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label={`${rowHeader}の表`}>
      <table class="score-table" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            {columns.map((c) => (
              <th scope="col" key={c.id}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.label}</th>
              {columns.map((c) => (
                <td key={c.id}>{cell(r, c.id)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
