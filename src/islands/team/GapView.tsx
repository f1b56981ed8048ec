import { useMemo, useState } from 'preact/hooks';
import type { BarSeries } from '../charts/bars';
import type { GapMapping } from '../../schemas/gap-mapping';
import type { OrgCheckQuestionData } from '../../lib/org-check/engine';
import { scoreDimensions } from '../../lib/likert';
import { chapterHref } from '../../lib/links';
import { gapRows } from '../../lib/team/gap';
import { readOrgResult } from '../../lib/team/org-result';
import type { Pool } from '../../lib/team/pool';
import { FILE_READ_ERROR } from '../../lib/team/text-encoding';
import { hiddenText } from '../../lib/team/breakdown';
import { useLazyChart } from '../lazy-chart';
import { gapSentences } from '../../lib/team/team-sentences';
import type { TeamSentences } from '../../schemas/team-sentence';


interface Props {
  org: OrgCheckQuestionData;
  mapping: GapMapping;
  sentences: TeamSentences;
  pool: Pool;
  minSize: number;
  base: string;
}

/**
 * The organisation's view beside its people's: HR pastes the organisation self-check's share link or JSON, and
 * sees per axis the organisation's score next to the pooled employee score, as a chart, a table and plain words.
 */
export function GapView({ org, mapping, sentences, pool, minSize, base }: Props) {
  const [text, setText] = useState('');
  const [axes, setAxes] = useState<ReturnType<typeof scoreDimensions> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const read = (value: string) => {
    const r = readOrgResult(value, org);
    if (!r.ok) {
      setAxes(null);
      setError(r.message);
      return;
    }
    setError(null);
    setAxes(scoreDimensions(org.instrument, r.set.answers));
  };
  const rows = useMemo(() => (axes ? gapRows(mapping, axes, pool, minSize) : []), [mapping, axes, pool, minSize]);
  const show = (v: number | null) => (v === null ? '—' : v.toFixed(1));
  // Held back by the same rule as the round summary's means (src/lib/team/face-stats.ts), row by row.
  const reading = gapSentences(sentences, rows, !rows.some((r) => r.peopleHidden), minSize);
  return (
    <section aria-labelledby="team-gap-heading" class="team-gap">
      <h3 id="team-gap-heading">組織の見立てと社員の実感の差</h3>
      <p>
        経営・人事が答えた<a href={chapterHref('tools/org-check', base)}>組織のセルフチェック</a>の結果を入れると、軸ごとに組織の点数と社員の平均点を並べます。会社が「整えている」と見ていることが、社員にどこまで実感されているかを確かめるためのものです。社員のどの軸と組織のどの軸を並べるかは<a href={chapterHref('tools/model#gap', base)}>この診断モデルについて</a>に載せています。
      </p>
      <div class="team-input no-print">
        <label for="team-gap-input">組織のセルフチェックの共有リンク、または保存したJSON</label>
        <textarea id="team-gap-input" rows={3} value={text} onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)} />
        <label for="team-gap-file">JSONファイルから読み込む</label>
        <input
          id="team-gap-file"
          type="file"
          accept=".json,application/json"
          onChange={async (e) => {
            const input = e.currentTarget as HTMLInputElement;
            const f = input.files?.[0];
            if (!f) return;
            try {
              read(await f.text());
            } catch {
              // NotReadableError and the like: a message, and the chooser emptied so the same file can be chosen again.
              input.value = '';
              setAxes(null);
              setError(`${f.name}：${FILE_READ_ERROR}`);
            }
          }}
        />
        <div class="button-row">
          <button type="button" class="widget-button" onClick={() => read(text)} disabled={!text.trim()}>
            並べて見る
          </button>
        </div>
      </div>
      {error && (
        <p class="widget-banner is-error" role="alert" data-testid="team-gap-error">
          {error}
        </p>
      )}
      {axes && (
        <div data-testid="team-gap">
          {reading.notes.map((s, i) => (
            <p key={i} class="widget-warning">
              {s.text}
            </p>
          ))}
          <GapChart labels={rows.map((r) => r.label)} series={[{ label: '組織の見立て', values: rows.map((r) => r.org) }, { label: '社員の平均', values: rows.map((r) => r.people) }]} summary={`棒グラフ：${rows.map((r) => `${r.label}は組織${show(r.org)}、社員${show(r.people)}`).join('。')}`} />
          <div class="table-scroll" tabIndex={0} role="region" aria-label="組織と社員の点数の差">
            <table class="score-table" data-testid="team-gap-table">
              <thead>
                <tr>
                  <th scope="col">軸</th>
                  <th scope="col">組織の見立て</th>
                  <th scope="col">社員の平均</th>
                  <th scope="col">差（組織−社員）</th>
                  <th scope="col">読み方</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">{r.label}</th>
                    <td>{show(r.org)}</td>
                    <td>{r.peopleHidden ? hiddenText(minSize) : show(r.people)}</td>
                    <td>
                      {r.gap === null ? '—' : `${r.gap > 0 ? '+' : ''}${r.gap.toFixed(1)}`}
                      {reading.rows[r.id]?.direction && `（${reading.rows[r.id]!.direction}）`}
                    </td>
                    <td>
                      {reading.rows[r.id]?.words} <a href={chapterHref(r.link, base)}>読む章へ</a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p class="widget-note">差が{mapping.threshold}点以上あるときに「差がある」としています。点数はどちらも0〜100で、組織の点数は一人（または1つの部署）の見立て、社員の点数は集計した人の平均です。</p>
        </div>
      )}
    </section>
  );
}

/** Loads chart.js only when the gap is shown. */
function GapChart({ labels, series, summary }: { labels: string[]; series: BarSeries[]; summary: string }) {
  const { canvas, failed } = useLazyChart(() => import('../charts/bars'), ({ drawBars }, el) => drawBars(el, labels, series), JSON.stringify([labels, series]));
  return <div class="gap-chart">{failed ? <p class="widget-note">図を表示できませんでした。表をご覧ください。</p> : <canvas ref={canvas} role="img" aria-label={summary} />}</div>;
}
