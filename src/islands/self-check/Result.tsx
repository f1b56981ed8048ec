import type { AnswerSet } from '../../lib/answers';
import type { Diagnosis } from '../../lib/self-check/engine';
import { BAND_LABELS } from '../../lib/self-check/faces';
import { chapterHref } from '../../lib/links';
import { MEASURE_ACTION_LABELS } from '../../lib/vocabulary';
import { MeasureCards } from '../MeasureCards';
import { ResultSection } from '../ResultSection';
import { formatScore as fmt, ScorePanel } from '../ScorePanel';
import { AnswerStyleNote } from './AnswerStyleNote';
import { JourneyChange } from './JourneyChange';
import { JourneyTools } from './JourneyTools';
import { Summary } from './Summary';

interface Props {
  d: Diagnosis;
  base: string;
  /** Heading text, e.g. 「あなたの結果」 or 「共有された結果」. */
  title: string;
  /** The person's own answers (not a shared link's): the change since last time, the 1on1 sheet and the history. */
  set?: AnswerSet;
  children?: preact.ComponentChildren;
}

/**
 * The result, person first: the four faces and what they say in plain words; then, unless the way of answering
 * makes it unsafe, the guide's segment and group in neutral words; the reason, the answers behind it, the measures
 * split into what the person can do and what to ask for, and what not to over-read.
 */
export function Result({ d, base, title, set, children }: Props) {
  const faceLabel = (id: string) => d.dimensions.find((f) => f.id === id)?.label ?? id;
  const nothingLow = d.dimensions.every((f) => f.band === 'high');
  return (
    <ResultSection title={title}>
      <AnswerStyleNote style={d.style} />
      <Summary d={d} base={base} />
      {set && <JourneyChange set={set} />}

      <h3 id="result-details">4つの軸の点数</h3>
      <div class="result-headline widget-card">
        <p class="result-kicker">あなたの4つの軸</p>
        <ul class="face-readings" data-testid="readings">
          {d.dimensions.map((f) => (
            <li key={f.id} data-band={f.band ?? ''}>
              <strong>{f.label}</strong> {fmt(f.score)}点{f.band && `（${BAND_LABELS[f.band]}）`}
              {f.reading && <>：{f.reading}</>}
            </li>
          ))}
        </ul>
        <p class="result-score">
          C/O体現度 <strong data-testid="taigen-do">{fmt(d.taigenDo)}</strong> / 100
          <span class="widget-note">（「見える」「増やす」「つなぐ」の平均）</span>
        </p>
      </div>
      <ScorePanel scores={d.dimensions} noun="軸" seriesLabel="あなたの点数" testId="score" showAnswered />

      {d.labelShown ? (
        <>
          <h3>ガイドの区分でいうと</h3>
          <div class="widget-card">
            <p>
              いまは「{d.segment.person}」に近い結果です。ガイドが人事向けに使う区分では「<strong data-testid="segment">{d.segment.label}</strong>」にあたります。
            </p>
            <p>{d.segment.summary}</p>
          </div>
          {d.group && (
            <>
              <h3>{d.group.tendency ? '気をつけたい傾向' : 'いちばん近い群'}</h3>
              <div class="widget-card">
                <p>
                  {d.group.tendency ? '点数から見ると、ガイドの「' : 'ガイドが示す三つの群のうち、いちばん近いのは「'}
                  <strong data-testid="group">{d.group.label}</strong>
                  {d.group.tendency ? '」に近い傾向があります。' : '」です。'}
                  {d.group.why}
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
        </>
      ) : (
        <p class="widget-card" data-testid="label-withheld">
          回答のしかたから、点数をそのまま区分に当てはめるのは控えました。区分と群の名前は出していません。上の点数は、答えたとおりに計算したものです。
        </p>
      )}

      {d.ageBand && (
        <>
          <h3>年代と停滞理由</h3>
          <div class="widget-card">
            {d.reason ? (
              <>
                <p>
                  {d.ageBand.label}（{d.ageBand.ages}）で、
                  {d.reason.chosen ? 'あなたが選んだ停滞理由は' : '回答から推しはかると、近いかもしれない停滞理由は'}「<strong data-testid="reason">{d.reason.label}</strong>」です。
                  {!d.reason.chosen && d.reason.face && <>これは推測です。「{faceLabel(d.reason.face)}」の点数が目安より低いことから考えました。違うと感じたら、回答に戻って、近いものを選び直してください。</>}
                </p>
                <p>{d.reason.description}</p>
              </>
            ) : (
              <p data-testid="reason-none">
                {d.ageBand.label}（{d.ageBand.ages}）で、回答からは、はっきりした停滞理由は見当たりません。思い当たるものがあれば、回答に戻って「いまの自分に最も近いもの」を1つ選んでください。選んだ理由に合う施策が加わります。
              </p>
            )}
            <p>
              <a href={chapterHref(`kojin/age-bands#${d.ageBand.id}`, base)}>{d.ageBand.label}の停滞理由を読む</a>
            </p>
          </div>
        </>
      )}

      {d.drivers.length > 0 && (
        <>
          <h3>この結果になったおもな回答</h3>
          <ul class="drivers" data-testid="drivers">
            {d.drivers.map((x) => (
              <li key={x.itemId}>
                「{x.text}」に「{x.answerLabel}」と答えました。
                {x.reverse && <>これは逆の向きの文なので、そう思うほど「{faceLabel(x.dimension)}」の点数は下がります。</>}
              </li>
            ))}
          </ul>
        </>
      )}

      <h3>{MEASURE_ACTION_LABELS.self}</h3>
      {d.selfMeasures.length > 0 ? (
        <MeasureCards measures={d.selfMeasures} base={base} testId="measures-self" />
      ) : (
        <p>{nothingLow ? 'どの軸も高いので、ここで特にすすめることはありません。身につけた力を、周りの人の相談に乗ることに活かすのも一つです。' : '年代を選ぶと、年代に合ったものを表示します。'}</p>
      )}
      <h3>{MEASURE_ACTION_LABELS.consult}</h3>
      {d.consultMeasures.length > 0 ? (
        <>
          <p class="widget-note">会社や上司が用意する取り組みです。面談などで「こういう機会はありますか」と尋ねるきっかけにしてください。</p>
          <MeasureCards measures={d.consultMeasures} base={base} testId="measures-consult" />
        </>
      ) : (
        <p>{nothingLow ? 'どの軸も高いので、ここで特にすすめることはありません。' : '年代を選ぶと、年代に合ったものを表示します。'}</p>
      )}
      {d.reasonMeasuresAllHigh && <p class="widget-note">選んだ停滞理由に合う施策は、すでに点数の高い軸に向けたものだけだったため、ここには出していません。</p>}

      <h3>読み取るときの注意</h3>
      <ul class="caveats">
        <li>この診断はこのサイト独自のモデルで、検証を経た心理尺度ではありません。人の評価や選抜には使わないでください。</li>
        <li>点数は、答えたときの気持ちや職場の状況で動きます。数点の差より、軸どうしの高い・低いの形を見てください。</li>
        <li>施策は「選べる打ち手の例」です。上司や人事と話すときのきっかけとして使ってください。</li>
      </ul>
      {set && <JourneyTools d={d} set={set} />}
      {children}
    </ResultSection>
  );
}
