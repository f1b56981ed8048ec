import type { AnswerSet } from '../../lib/answers';
import type { Diagnosis } from '../../lib/self-check/engine';
import { inSlot, resultSentences } from '../../lib/self-check/sentences';
import type { SelfCheckRules } from '../../schemas/self-check-rules';
import { BAND_LABELS } from '../../lib/self-check/faces';
import { chapterHref } from '../../lib/links';
import { MEASURE_ACTION_LABELS } from '../../schemas/vocabulary';
import { MeasureCards } from '../MeasureCards';
import { ResultSection } from '../ResultSection';
import { formatScore as fmt, ScorePanel } from '../ScorePanel';
import { AnswerStyleNote } from './AnswerStyleNote';
import { JourneyChange } from './JourneyChange';
import { JourneyTools } from './JourneyTools';
import { Summary } from './Summary';

interface Props {
  d: Diagnosis;
  /** The answers behind `d` (sentence conditions may read them). */
  set: AnswerSet;
  rules: SelfCheckRules;
  base: string;
  /** Heading text, e.g. 「あなたの結果」 or 「共有された結果」. */
  title: string;
  /** The person's own result (not a shared link's): the change since last time, the 1on1 sheet and the history. */
  own?: boolean;
  children?: preact.ComponentChildren;
}

/**
 * The result, person first: the four faces and what they say in plain words; then, unless the way of answering
 * makes it unsafe, the segment and group in neutral words; the reason, the answers behind it, the measures split
 * into what the person can do and what to ask for, and what not to over-read. When the way of answering is flagged,
 * only the scores and how to answer again. Every sentence comes from `resultSentences`: shown only when true.
 */
export function Result({ d, set, rules, base, title, own = false, children }: Props) {
  const faceLabel = (id: string) => d.dimensions.find((f) => f.id === id)?.label ?? id;
  const said = resultSentences({ rules }, d, set);
  const say = (slot: string, cls?: string) => inSlot(said, slot).map((t) => <p key={t} class={cls} data-sentence={slot}>{t}</p>);
  // A sentence with the name it gives in 「」 set in bold, for the eye and for the tests that read the name.
  const naming = (slot: string, name: string, testId: string) =>
    inSlot(said, slot).map((t) => {
      const at = t.indexOf(`「${name}」`);
      return at < 0 ? t : <>{t.slice(0, at + 1)}<strong data-testid={testId}>{name}</strong>{t.slice(at + 1 + name.length)}</>;
    });
  return (
    <ResultSection title={title}>
      <AnswerStyleNote sentences={[...inSlot(said, 'style'), ...inSlot(said, 'style-after')]} style={d.style} flagged={!d.labelShown} />
      <Summary d={d} base={base} />
      {own && <JourneyChange set={set} />}

      <h3 id="result-details">4つの軸の点数</h3>
      <div class="result-headline widget-card">
        <p class="result-kicker">あなたの4つの軸</p>
        <ul class="face-readings" data-testid="readings">
          {d.dimensions.map((f) => (
            <li key={f.id} data-band={d.labelShown ? (f.band ?? '') : ''}>
              <strong>{f.label}</strong> {fmt(f.score)}点{d.labelShown && f.band && `（${BAND_LABELS[f.band]}）`}
              {d.labelShown && f.reading && <>：{f.reading}</>}
            </li>
          ))}
        </ul>
        <p class="result-score">
          C/O体現度 <strong data-testid="taigen-do">{fmt(d.taigenDo)}</strong> / 100
          <span class="widget-note">（「見える」「増やす」「つなぐ」の平均）</span>
        </p>
      </div>
      <ScorePanel scores={d.dimensions} noun="軸" seriesLabel="あなたの点数" testId="score" showAnswered />

      {!d.labelShown && (
        <div class="widget-card" data-testid="label-withheld">
          {say('label-withheld')}
        </div>
      )}

      {d.labelShown && (
        <>
          <h3>区分でいうと</h3>
          <div class="widget-card" data-segment={d.segment.id}>
            <p>{naming('segment', d.segment.label, 'segment')}</p>
            {say('segment-source', 'widget-note')}
            {say('summary')}
          </div>
          {d.group && (
            <>
              <h3>{d.group.tendency ? '気をつけたい傾向' : 'いちばん近い群'}</h3>
              <div class="widget-card" data-group={d.group.id}>
                <p>
                  {naming('group-intro', d.group.label, 'group')}
                  {inSlot(said, 'group-why')}
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
              <div class="widget-card" data-testid={d.reason ? 'reason-card' : 'reason-none'} data-reason={d.reason?.id ?? ''}>
                {d.reason ? <p>{naming('reason', d.reason.label, 'reason')}</p> : say('reason')}
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
          {d.selfMeasures.length > 0 ? <MeasureCards measures={d.selfMeasures} base={base} testId="measures-self" /> : say('self-empty')}
          <h3>{MEASURE_ACTION_LABELS.consult}</h3>
          {say('consult-note', 'widget-note')}
          {d.consultMeasures.length > 0 ? <MeasureCards measures={d.consultMeasures} base={base} testId="measures-consult" text={(m) => m.ask ?? m.summary} /> : say('consult-empty')}
        </>
      )}

      <h3>読み取るときの注意</h3>
      <ul class="caveats">
        {inSlot(said, 'caveat').map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
      {own && <JourneyTools d={d} set={set} />}
      {children}
    </ResultSection>
  );
}
