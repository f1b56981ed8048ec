import type { ComponentChildren } from 'preact';
import { chapterHref } from '../../lib/links';
import type { OrgDiagnosis } from '../../lib/org-check/engine';
import { inOrgSlot, orgResultSentences } from '../../lib/org-check/sentences';
import type { OrgCheckRules } from '../../schemas/org-check-rules';
import { MeasureCards } from '../MeasureCards';
import { ResultSection } from '../ResultSection';
import { ScorePanel } from '../ScorePanel';
import siteSettings from 'virtual:co-guide/site-settings';

interface Props {
  d: OrgDiagnosis;
  rules: OrgCheckRules;
  base: string;
  title: string;
  roleLabel: string | null;
  children?: ComponentChildren;
}

/**
 * The organisation's result: stage on the 浸透ステップ with the unmet condition that holds it there, axis scores
 * (chart + table), the weakest link (never a tie, never a high axis) and the measures to take first. When the same
 * answer runs through the questionnaire, the scores and how to answer again only. Sentences come from the rules,
 * each shown only when its condition holds.
 */
export function OrgResult({ d, rules, base, title, roleLabel, children }: Props) {
  const said = orgResultSentences({ rules }, d);
  const say = (slot: string, testId?: string) => inOrgSlot(said, slot).map((t) => <p key={t} data-testid={testId}>{t}</p>);
  return (
    <ResultSection title={title}>
      {!d.labelShown && (
        <div class="widget-card widget-warning" data-testid="label-withheld">
          {say('style')}
          {say('label-withheld')}
        </div>
      )}
      {d.labelShown && (
        <div class="result-headline widget-card">
          <p class="result-segment">
            <span class="result-kicker">浸透ステップの現在地{roleLabel ? `（${roleLabel}の見方）` : ''}</span>
            <strong data-testid="stage">
              {d.stage.order}. {d.stage.label}
            </strong>
          </p>
          <p>{d.stage.summary}</p>
          {say('stage-reason', 'stage-reason')}
          {d.next && (
            <p>
              次の段階「{d.next.label}」へ進むために：{d.stage.nextFocus.join('。')}。
            </p>
          )}
          <p>
            <a href={chapterHref(`co-keiei/steps#${d.stage.id}`, base)}>この段階について詳しく読む</a>
          </p>
        </div>
      )}

      <h3>3つの軸の点数</h3>
      <ScorePanel scores={d.axes} noun="軸" seriesLabel="自社の点数" testId="axis" />

      {d.labelShown && (
        <>
          <h3>弱いところ</h3>
          {d.weakestAxis ? (
            inOrgSlot(said, 'weakness').map((t) => {
              const name = `「${d.weakestAxis!.label}」`;
              const at = t.indexOf(name);
              return (
                <p key={t}>
                  {t.slice(0, at + 1)}
                  <strong data-testid="weakest">{d.weakestAxis!.label}</strong>
                  {t.slice(at + name.length - 1)}
                </p>
              );
            })
          ) : (
            <>
              {say('tied', 'tied')}
              {say('no-weakness', 'no-weakness')}
            </>
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
          {d.measures.length === 0 ? say('measures-empty') : <MeasureCards measures={d.measures} base={base} showFrames />}
        </>
      )}

      <h3>読み取るときの注意</h3>
      <ul class="caveats">
        {inOrgSlot(said, 'caveat').map((t) => (
          <li key={t}>{t}</li>
        ))}
        {siteSettings.tools.team && (
          <li>社員の実感と比べるには、社員の自己診断の結果を本人の同意のもとで<a href={chapterHref('tools/team', base)}>チーム集計</a>にかけてください。</li>
        )}
      </ul>
      {children}
    </ResultSection>
  );
}
