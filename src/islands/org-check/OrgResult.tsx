import type { ComponentChildren } from 'preact';
import { chapterHref } from '../../lib/links';
import type { OrgDiagnosis } from '../../lib/org-check/engine';
import { MeasureCards } from '../MeasureCards';
import { ResultSection } from '../ResultSection';
import { ScorePanel } from '../ScorePanel';

interface Props {
  d: OrgDiagnosis;
  base: string;
  title: string;
  roleLabel: string | null;
  children?: ComponentChildren;
}

/** The organisation's result: stage on the 浸透ステップ, axis scores (chart + table), weakest links, measures. */
export function OrgResult({ d, base, title, roleLabel, children }: Props) {
  return (
    <ResultSection title={title}>
      <div class="result-headline widget-card">
        <p class="result-segment">
          <span class="result-kicker">浸透ステップの現在地{roleLabel ? `（${roleLabel}の見方）` : ''}</span>
          <strong data-testid="stage">
            {d.stage.order}. {d.stage.label}
          </strong>
        </p>
        <p>{d.stage.summary}</p>
        {d.next && (
          <p>
            次の段階「{d.next.label}」へ進むために：{d.stage.nextFocus.join('。')}。
          </p>
        )}
        <p>
          <a href={chapterHref(`co-keiei/steps#${d.stage.id}`, base)}>この段階について詳しく読む</a>
        </p>
      </div>

      <h3>三つの軸の点数</h3>
      <ScorePanel scores={d.axes} noun="軸" seriesLabel="自社の点数" testId="axis" />

      {(d.weakestAxis || d.weakItems.length > 0) && (
        <>
          <h3>弱いところ</h3>
          {d.weakestAxis && (
            <p>
              いちばん点数が低いのは「<strong data-testid="weakest">{d.weakestAxis.label}</strong>」の軸です。
            </p>
          )}
          {d.weakItems.length > 0 && (
            <ul>
              {d.weakItems.map((w) => (
                <li key={w.itemId}>
                  「{w.text}」に「{w.answerLabel}」と答えました。
                </li>
              ))}
            </ul>
          )}
        </>
      )}

      <h3>優先して取り組む施策</h3>
      {d.measures.length === 0 ? (
        <p>当てはまる施策が見つかりませんでした。</p>
      ) : (
        <MeasureCards measures={d.measures} base={base} showFrames />
      )}

      <h3>読み取るときの注意</h3>
      <ul class="caveats">
        <li>このセルフチェックは、コンソーシアムの「C/O経営スコア」の考え方を参考にしたこのサイト独自のもので、そのスコアではありません。</li>
        <li>一人の回答は一つの見方です。経営・人事・現場の管理職がそれぞれ答え、違いを話し合ってください。</li>
        <li>社員の実感と比べるには、社員の自己診断の結果を本人の同意のもとで<a href={chapterHref('tools/team', base)}>チーム集計</a>にかけてください。</li>
      </ul>
      {children}
    </ResultSection>
  );
}
