import type { Diagnosis } from '../../lib/self-check/engine';
import { chapterHref } from '../../lib/links';
import { MeasureCards } from '../MeasureCards';
import { ResultSection } from '../ResultSection';
import { formatScore as fmt, ScorePanel } from '../ScorePanel';

interface Props {
  d: Diagnosis;
  base: string;
  /** Heading text, e.g. 「あなたの結果」 or 「共有された結果」. */
  title: string;
  children?: preact.ComponentChildren;
}

/** The result: segment, scores (chart + table), group, reason, why, measures, and what not to over-read. */
export function Result({ d, base, title, children }: Props) {
  return (
    <ResultSection title={title}>
      <div class="result-headline widget-card">
        <p class="result-segment">
          <span class="result-kicker">あなたの現在地</span>
          <strong data-testid="segment">{d.segment.label}</strong>
        </p>
        <p class="result-score">
          C/O体現度 <strong data-testid="taigen-do">{fmt(d.taigenDo)}</strong> / 100
        </p>
        <p>{d.segment.summary}</p>
      </div>

      <h3>四つの面の点数</h3>
      <ScorePanel scores={d.dimensions} noun="面" seriesLabel="あなたの点数" testId="score" showAnswered />

      {d.group && (
        <>
          <h3>{d.isFudo ? '不動層のうち、近い群' : '気をつけたい傾向'}</h3>
          <div class="widget-card">
            <p>
              {d.isFudo ? 'いちばん近いのは' : '点数から見ると'}「<strong data-testid="group">{d.group.label}</strong>」{d.isFudo ? 'です。' : 'に近い傾向があります。'}
              {d.group.why}ためです。
            </p>
            <p>この群の人が求めていることの例:</p>
            <ul>
              {d.group.unmetNeeds.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
            <p>
              <a href={chapterHref(`soshiki/groups#${d.group.id}`, base)}>{d.group.label}について詳しく読む</a>
            </p>
          </div>
        </>
      )}

      {d.ageBand && (
        <>
          <h3>年代と停滞理由</h3>
          <div class="widget-card">
            <p>
              {d.ageBand.label}（{d.ageBand.ages}）で
              {d.reason ? (
                <>
                  、{d.reason.chosen ? 'あなたが選んだ' : '回答から推しはかった'}停滞理由は「<strong data-testid="reason">{d.reason.label}</strong>」です。
                </>
              ) : (
                'す。'
              )}
            </p>
            {d.reason && <p>{d.reason.description}</p>}
            <p>
              <a href={chapterHref(`kojin/age-bands#${d.ageBand.id}`, base)}>{d.ageBand.label}の停滞理由を読む</a>
            </p>
          </div>
        </>
      )}

      {d.drivers.length > 0 && (
        <>
          <h3>この結果になったおもな回答</h3>
          <ul class="drivers">
            {d.drivers.map((x) => (
              <li key={x.itemId}>
                「{x.text}」に「{x.answerLabel}」と答えました。
              </li>
            ))}
          </ul>
        </>
      )}

      <h3>試せる施策</h3>
      {d.measures.length === 0 ? (
        <p>年代を選ぶと、年代に合った施策を表示します。</p>
      ) : (
        <MeasureCards measures={d.measures} base={base} />
      )}

      <h3>読み取るときの注意</h3>
      <ul class="caveats">
        <li>この診断はこのサイト独自のモデルで、検証を経た心理尺度ではありません。人の評価や選抜には使わないでください。</li>
        <li>点数は、答えたときの気持ちや職場の状況で動きます。数点の差より、面どうしの高い・低いの形を見てください。</li>
        <li>施策は「選べる打ち手の例」です。上司や人事と話すときのきっかけとして使ってください。</li>
      </ul>
      {children}
    </ResultSection>
  );
}
