import { useEffect, useRef } from 'preact/hooks';
import { countSentence, problemsCaption, problemsCsv, PROBLEMS_SHOWN } from '../../lib/team/problem-list';
import type { SelfCheckData } from '../../lib/self-check/engine';
import { selfCheckData } from '../data/self-check';
import { gapData } from '../data/team';
import { downloadText } from '../download';
import { TeamResult, type GapProps } from './TeamResult';
import type { Outcome } from './useTeamRun';

interface Props {
  outcome: Outcome;
  data: SelfCheckData;
  minGroupSize: number;
  gap: GapProps;
}

/** What the team view shows once a count is done; imported on demand (useOutcomeView), with the data it reads. */
export function TeamOutcomeView({ base, ...props }: Omit<Props, 'gap' | 'data'> & { base: string }) {
  return <TeamOutcome {...props} data={selfCheckData} gap={{ ...gapData, base }} />;
}

/**
 * The result of a count: how many were counted, what was not and why, and the team's figures. Each new count puts
 * the focus on its heading, so that a screen reader starts reading there.
 */
export function TeamOutcome({ outcome, data, minGroupSize, gap }: Props) {
  const { problems } = outcome;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [outcome]);
  return (
    <section aria-labelledby="team-result-heading" class="team-result">
      <h2 id="team-result-heading" tabIndex={-1} ref={heading}>
        集計結果
      </h2>
      <p role="status" data-testid="team-count">
        {countSentence(outcome.pool.count, problems.length + outcome.moreProblems)}
      </p>
      {problems.length > 0 && (
        <div class="widget-banner is-error">
          <div class="table-scroll" tabIndex={0} role="region" aria-label="集計に入れなかったもの">
            <table class="score-table" data-testid="team-problems">
              <caption>{problemsCaption(outcome.moreProblems)}</caption>
              <thead>
                <tr>
                  <th scope="col">出どころ</th>
                  <th scope="col">行</th>
                  <th scope="col">理由</th>
                </tr>
              </thead>
              <tbody>
                {problems.slice(0, PROBLEMS_SHOWN).map((p, i) => (
                  <tr key={i}>
                    <td>{p.source}</td>
                    <td>{p.line}</td>
                    <td>{p.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {problems.length > PROBLEMS_SHOWN && <p>ここには最初の{PROBLEMS_SHOWN}件を表示しています。すべては「理由の一覧をCSVで保存」で確かめられます。</p>}
          <button type="button" class="widget-button is-secondary no-print" onClick={() => downloadText('co-team-problems.csv', problemsCsv(problems), 'text/csv')}>
            理由の一覧をCSVで保存
          </button>
        </div>
      )}
      {outcome.pool.count > 0 && <TeamResult data={data} pool={outcome.pool} summary={outcome.summary} minSize={minGroupSize} gap={gap} />}
    </section>
  );
}
