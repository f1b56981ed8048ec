import { useState } from 'preact/hooks';
import type { SelfCheckData } from '../../lib/self-check/engine';
import { breakdownToCsv, hideText, measureText, type BreakdownSection } from '../../lib/team/breakdown';
import type { TeamSummary } from '../../lib/team/team-summary';
import { BreakdownTable } from './BreakdownTable';
import type { Pool } from '../../lib/team/pool';
import { downloadText } from '../download';
import { AlphaReport } from './AlphaReport';
import { GapView } from './GapView';
import type { OrgCheckQuestionData } from '../../lib/org-check/engine';
import { RoundCompare } from './RoundCompare';
import type { GapMapping } from '../../schemas/gap-mapping';
import type { TeamSentences } from '../../schemas/team-sentence';
import { reachFaceOf } from '../../lib/team/rounds';
import { summarySentences } from '../../lib/team/team-sentences';

export interface GapProps {
  org: OrgCheckQuestionData;
  mapping: GapMapping;
  /** content/data/team-sentences.yaml: every sentence of the result that reads its figures. */
  sentences: TeamSentences;
  base: string;
}

interface Props {
  data: SelfCheckData;
  pool: Pool;
  /** The tables and round figures, counted where the people were pooled (a worker). */
  summary: TeamSummary;
  minSize: number;
  gap: GapProps;
}

const TEST_IDS: Record<BreakdownSection['id'], string> = { segments: 'team-segments', groups: 'team-groups', scores: 'team-dimensions' };

/** The pooled results: breakdown by age band or a survey column, small groups hidden, measures, α, CSV. */
export function TeamResult({ data, pool, summary, minSize, gap }: Props) {
  const [byValue, setBy] = useState('band');
  // summary.breakdowns: by age band, then by each extra column.
  const b = summary.breakdowns[byValue === 'band' ? 0 : Number(byValue) + 1]!;
  const reachLimit = data.rules.faces.find((f) => f.id === reachFaceOf(data))?.limit ?? 50;
  const sentences = summarySentences(gap.sentences, b, summary.round.reach, reachLimit);
  return (
    <>
      {sentences.length > 0 && (
        <div class="team-summary" data-testid="team-summary">
          <h3>要約</h3>
          {sentences.map((s, i) => (
            <p key={i}>{s.text}</p>
          ))}
        </div>
      )}
      <div class="breakdown-by no-print">
        <label for="team-breakdown-by">分けて見る項目</label>
        <select id="team-breakdown-by" value={byValue} onChange={(e) => setBy((e.currentTarget as HTMLSelectElement).value)}>
          <option value="band">年代</option>
          {pool.extraColumns.map((c, i) => (
            <option key={i} value={String(i)}>
              {c}
            </option>
          ))}
        </select>
      </div>
      <p class="widget-note" data-testid="team-small-groups">
        回答した人が特定されないよう、{minSize}人未満の集まりは「その他」にまとめ、{minSize}人未満になる人数は「{hideText('small', minSize)}」としています。ほかの数字から引き算で割り出せてしまうときは、その数字も隠します。また、全員か1人を除く全員が同じ区分の集まりでは、部署や年代がわかるだけで区分がわかってしまうため、区分の分布を出しません。CSVにも同じ決まりで書き出します。
      </p>
      {b.sections.map((s) => (
        <section key={s.id}>
          <h3>{s.title}</h3>
          <BreakdownTable testId={TEST_IDS[s.id]} b={b} section={s} />
        </section>
      ))}
      <h3>おすすめされた回数の多い施策</h3>
      <ol data-testid="team-measures">
        {pool.measures.slice(0, 10).map((m) => (
          <li key={m.id}>
            {m.title}（{typeof measureText(b, m.count) === 'number' ? `${m.count}人` : measureText(b, m.count)}）
          </li>
        ))}
      </ol>
      <AlphaReport alpha={pool.alpha} count={pool.count} sentences={gap.sentences} />
      <GapView org={gap.org} mapping={gap.mapping} sentences={gap.sentences} pool={pool} minSize={minSize} base={gap.base} />
      <RoundCompare data={data} current={summary.round} minSize={minSize} base={gap.base} sentences={gap.sentences} />
      <div class="button-row no-print">
        <button type="button" class="widget-button" onClick={() => downloadText('co-team-summary.csv', breakdownToCsv(b, pool.measures), 'text/csv')}>
          集計をCSVで保存
        </button>
        <button type="button" class="widget-button" onClick={() => window.print()}>
          印刷する
        </button>
      </div>
    </>
  );
}
