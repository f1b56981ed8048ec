import type { ComponentChildren } from 'preact';
import { chapterHref } from '../../lib/links';
import { conditionText } from '../../lib/org-check/conditions';
import type { OrgDiagnosis } from '../../lib/org-check/engine';
import { MeasureCards } from '../MeasureCards';
import { ResultSection } from '../ResultSection';
import { formatScore as fmt, ScorePanel } from '../ScorePanel';
import siteSettings from 'virtual:co-guide/site-settings';

interface Props {
  d: OrgDiagnosis;
  /** Score from which an axis counts as high (org-check-rules.yaml). */
  strong: number;
  base: string;
  title: string;
  roleLabel: string | null;
  children?: ComponentChildren;
}

/**
 * The organisation's result: stage on the 浸透ステップ with the unmet condition that holds it there, axis scores
 * (chart + table), the weakest link (never a tie, never a high axis) and the measures to take first.
 */
export function OrgResult({ d, base, title, roleLabel, strong, children }: Props) {
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
        <p data-testid="stage-reason">
          {d.allMet
            ? `どの段階の条件も満たしています（${d.conditions.map((c) => `${conditionText(c, d.axes)}：${c.value}`).join('、')}）。この状態を保つことが課題です。`
            : `この段階を終えたとみなす条件のうち、満たしていないもの：${d.conditions.filter((c) => !c.met).map((c) => `${conditionText(c, d.axes)}（いまは${c.value}）`).join('、')}。`}
        </p>
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

      <h3>弱いところ</h3>
      {d.weakestAxis ? (
        <p>
          いちばん点数が低いのは「<strong data-testid="weakest">{d.weakestAxis.label}</strong>」の軸です。
        </p>
      ) : d.tiedLowest.length > 0 ? (
        <p data-testid="tied">
          {d.tiedLowest.map((a) => `「${a.label}」`).join('と')}が同じ{fmt(d.tiedLowest[0]!.score)}点で並んでいます。どちらか一つを弱いところとは決めず、下の回答を見て、手を付けやすいほうから始めてください。
        </p>
      ) : (
        <p data-testid="no-weakness">どの軸も{strong}点以上で、弱いところとして挙げる軸はありません。</p>
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

      <h3>優先して取り組む施策</h3>
      {d.measures.length === 0 ? (
        <p>どの軸も高いため、優先してすすめる施策はありません。いまの取り組みを続け、定期的に点検してください。</p>
      ) : (
        <MeasureCards measures={d.measures} base={base} showFrames />
      )}

      <h3>読み取るときの注意</h3>
      <ul class="caveats">
        <li>このセルフチェックは、コンソーシアムの「C/O経営スコア」の考え方を参考にしたこのサイト独自のもので、そのスコアではありません。</li>
        <li>一人の回答は一つの見方です。経営・人事・現場の管理職がそれぞれ答え、違いを話し合ってください。</li>
        {siteSettings.tools.team && (
          <li>社員の実感と比べるには、社員の自己診断の結果を本人の同意のもとで<a href={chapterHref('tools/team', base)}>チーム集計</a>にかけてください。</li>
        )}
      </ul>
      {children}
    </ResultSection>
  );
}
