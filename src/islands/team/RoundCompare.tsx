import { useEffect, useState } from 'preact/hooks';
import type { SelfCheckData } from '../../lib/self-check/engine';
import { changeText, compareRounds, kpiText, readRound, type KpiRow, type Round } from '../../lib/team/rounds';
import { chapterHref } from '../../lib/links';
import { downloadText } from '../download';
import { changeSentences } from '../../lib/team/team-sentences';
import type { TeamSentences } from '../../schemas/team-sentence';

interface Props {
  data: SelfCheckData;
  /** This round's company-wide figures (team-summary.ts). */
  current: Round;
  minSize: number;
  base: string;
  sentences: TeamSentences;
}

/** The board report's headings (practice/kpi#report), each with the KPIs that belong under it. */
const SECTIONS: { id: KpiRow['section']; title: string; note: string }[] = [
  { id: 'reach', title: '到達：施策が届いている人の割合', note: '「届く」が目安以上の人の割合です。' },
  { id: 'segments', title: '人の状態：区分の割合', note: '回答した人に占める、各区分の人の割合です。' },
  { id: 'groups', title: '人の状態：不動層の群', note: '回答した人に占める、各群の不動層の割合です。' },
  { id: 'faces', title: '軸ごとの平均点（0〜100）', note: '変化は点数の差です。' },
  { id: 'alpha', title: '測り方の確かさ：設問のまとまり（α）', note: `${30}人以上の回答で計算します。` },
];

/**
 * This round beside the previous one: HR saves each round's company-wide figures as a small file and reads the
 * previous file next time. Shows each KPI for both rounds, the change and its 95% interval, and prints as one
 * A4 page for the board. The file holds only figures the page shows; nothing is sent anywhere.
 */
export function RoundCompare({ data, current, minSize, base, sentences }: Props) {
  const [previous, setPrevious] = useState<Round | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const after = () => document.documentElement.classList.remove('print-round-report');
    window.addEventListener('afterprint', after);
    return () => window.removeEventListener('afterprint', after);
  }, []);
  const choose = async (file: File | undefined) => {
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      setPrevious(null);
      setError('ファイルを読めませんでした。選んだ後に移動や削除をしていないか確かめて、もう一度選んでください。');
      return;
    }
    const r = readRound(text, data);
    setPrevious(r.ok ? r.round : null);
    setError(r.ok ? null : r.message);
  };
  const rows = previous ? compareRounds(previous, current) : [];
  const readings = changeSentences(sentences, rows);
  const print = () => {
    document.documentElement.classList.add('print-round-report');
    window.print();
  };
  return (
    <section aria-labelledby="team-rounds-heading" class="team-rounds">
      <h3 id="team-rounds-heading">前回の集計と比べる</h3>
      <p class="no-print">
        今回の全体の数字を「比べるための集計を保存」でファイルにしておくと、次の回に読み込んで、指標ごとに前回と今回、その変化を並べられます。ファイルに入るのは、このページに表示している全体の数字だけです。一人ひとりの回答は入りません。
      </p>
      <div class="button-row no-print">
        <button type="button" class="widget-button is-secondary" onClick={() => downloadText(`co-team-round-${current.date}.json`, JSON.stringify(current, null, 2), 'application/json')}>
          比べるための集計を保存
        </button>
      </div>
      <div class="team-input no-print">
        <label for="team-round-file">前回保存した集計ファイル（JSON）</label>
        <input id="team-round-file" type="file" accept=".json,application/json" onChange={(e) => choose((e.currentTarget as HTMLInputElement).files?.[0])} />
      </div>
      {error && (
        <p class="widget-banner is-error" role="alert" data-testid="round-error">
          {error}
        </p>
      )}
      {previous && (
        <div class="round-report" data-testid="round-report">
          <h2 class="print-only">C/O経営 自己診断の報告（前回との比較）</h2>
          <p role="status" data-testid="round-status">
            前回（{previous.date}、{previous.n.toLocaleString('ja-JP')}人）と今回（{current.date}、{current.n.toLocaleString('ja-JP')}人）を比べています。変化の後ろの括弧は95%区間です。区間が0を含むときは、偶然の揺れと区別できない変化として読んでください（表の「読み方」の欄にも書いています）。区間の求め方は<a href={chapterHref('tools/model#round-change', base)}>この診断モデルについて</a>に載せています。{minSize}人未満の数字など、どちらかの回で表示しない数字は「—」とし、変化も出しません。
          </p>
          {SECTIONS.map((s) => (
            <section key={s.id} class="round-section">
              <h4>{s.title}</h4>
              <div class="table-scroll" tabIndex={0} role="region" aria-label={s.title}>
                <table class="score-table" data-testid={`round-${s.id}`}>
                  <caption>{s.note}</caption>
                  <thead>
                    <tr>
                      <th scope="col">指標</th>
                      <th scope="col">前回</th>
                      <th scope="col">今回</th>
                      <th scope="col">変化（95%区間）</th>
                      <th scope="col">読み方</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows
                      .filter((r) => r.section === s.id)
                      .map((r) => (
                        <tr key={r.id}>
                          <th scope="row">{r.label}</th>
                          <td>{kpiText(r.kind, r.before, r.beforeOf)}</td>
                          <td>{kpiText(r.kind, r.after, r.afterOf)}</td>
                          <td>{changeText(r)}</td>
                          <td>{readings[r.id]}</td>
                        </tr>
                      ))}
                  </tbody>
                </table>
              </div>
            </section>
          ))}
          <section class="round-section print-only">
            <h4>今期やめた施策、続ける施策と、その理由</h4>
            <p class="round-blank">（会議の前に記入）</p>
          </section>
          <div class="button-row no-print">
            <button type="button" class="widget-button" onClick={print}>
              経営会議向けに印刷（A4・1枚）
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
