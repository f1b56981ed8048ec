import { useState } from 'preact/hooks';
import type { SelfCheckData } from '../../lib/self-check/engine';
import { decodeFile } from '../../lib/team/decode-file';
import { createImporter, MAX_LISTED, type ImportResult } from '../../lib/team/import';
import { summarise, summaryToCsv, type TeamSummary } from '../../lib/team/summary';
import { downloadText } from '../download';

interface Props {
  data: SelfCheckData;
}

interface Outcome {
  imported: ImportResult;
  summary: TeamSummary;
}

/** Entries read between two pauses of the page. */
const CHUNK = 500;
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

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
  const [progress, setProgress] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);

  // The button always comes back: whatever one file or entry does, the rest are read and the outcome shown.
  const run = async () => {
    setBusy(true);
    setProgress(0);
    setFailure(null);
    try {
      const importer = createImporter(data);
      let steps = 0;
      const readStepwise = async (input: string, source: string) => {
        for (const _ of importer.readSteps(input, source)) {
          // Let the page paint and take input between chunks, so that a huge paste never freezes the tab.
          if (++steps % CHUNK === 0) {
            setProgress(steps);
            await nextTask();
          }
        }
      };
      await readStepwise(text, '貼り付け');
      for (const f of files) {
        let bytes: Uint8Array;
        try {
          bytes = new Uint8Array(await f.arrayBuffer());
        } catch {
          importer.refuse(f.name, 'ファイルを読めませんでした。選んだ後に移動や削除をしていないか確かめて、もう一度選んでください。');
          continue;
        }
        const decoded = decodeFile(bytes);
        if (decoded.ok) await readStepwise(decoded.text, f.name);
        else importer.refuse(f.name, decoded.message);
      }
      const imported = importer.result();
      setOutcome({ imported, summary: summarise(data, imported.entries.map((e) => e.set)) });
      setTimeout(() => document.getElementById('team-result-heading')?.focus(), 0);
    } catch (e) {
      setOutcome(null);
      setFailure(`集計の途中で問題が起きました（${e instanceof Error ? e.name : '不明な問題'}）。入力を確かめて、もう一度「集計する」を押してください。`);
    } finally {
      setBusy(false);
    }
  };
  const addFiles = (list: FileList | null) => list && setFiles([...files, ...Array.from(list)]);
  const clear = () => {
    setText('');
    setFiles([]);
    setOutcome(null);
  };

  const problemCount = outcome ? outcome.imported.problems.length + outcome.imported.moreProblems : 0;
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
      {outcome && s && (
        <section aria-labelledby="team-result-heading" class="team-result">
          <h2 id="team-result-heading" tabIndex={-1}>
            集計結果
          </h2>
          <p role="status" data-testid="team-count">
            {s.total.count}件を集計しました。{problemCount > 0 && `集計に入れなかったものが${problemCount.toLocaleString('ja-JP')}件あります。`}
          </p>
          {outcome.imported.problems.length > 0 && (
            <div class="widget-banner is-error">
              <table class="score-table" data-testid="team-problems">
                <caption>{outcome.imported.moreProblems > 0 ? `集計に入れなかったもの（先頭の${MAX_LISTED}件など。ほかに${outcome.imported.moreProblems.toLocaleString('ja-JP')}件は一覧から省略）` : '集計に入れなかったもの（1件ずつ）'}</caption>
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
