import { useState } from 'preact/hooks';
import type { SelfCheckData } from '../../lib/self-check/engine';
import { breakdown, breakdownToCsv, hiddenText, type Breakdown, type BreakdownBy, type BreakdownSection } from '../../lib/team/breakdown';
import type { Pool } from '../../lib/team/pool';
import { downloadText } from '../download';
import { AlphaReport } from './AlphaReport';
import { GapView, type OrgCheckForGap } from './GapView';
import type { GapMapping } from '../../schemas/gap-mapping';

export interface GapProps {
  org: OrgCheckForGap;
  mapping: GapMapping;
  base: string;
}

interface Props {
  data: SelfCheckData;
  pool: Pool;
  minSize: number;
  gap: GapProps;
}

const pct = (n: number, of: number) => (of ? `${Math.round((n / of) * 100)}%` : '—');
const TEST_IDS: Record<BreakdownSection['id'], string> = { segments: 'team-segments', groups: 'team-groups', scores: 'team-dimensions' };

/** The pooled results: breakdown by age band or a survey column, small groups hidden, measures, α, CSV. */
export function TeamResult({ data, pool, minSize, gap }: Props) {
  const [byValue, setBy] = useState('band');
  const by: BreakdownBy = byValue === 'band' ? { kind: 'band' } : { kind: 'extra', column: Number(byValue) };
  const b = breakdown(pool, data, by, minSize);
  const hidden = hiddenText(minSize);
  return (
    <>
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
        回答した人が特定されないよう、{minSize}人未満の集まりと、{minSize}人未満になる人数は「{hidden}」としています。ほかの数字から引き算で割り出せてしまうときは、もう1つの数字も隠します。CSVにも同じ決まりで書き出します。
      </p>
      {b.sections.map((s) => (
        <section key={s.id}>
          <h3>{s.title}</h3>
          <BreakdownTable testId={TEST_IDS[s.id]} b={b} section={s} hidden={hidden} />
        </section>
      ))}
      <h3>おすすめされた回数の多い施策</h3>
      <ol data-testid="team-measures">
        {pool.measures.slice(0, 10).map((m) => (
          <li key={m.id}>
            {m.title}（{m.count > 0 && m.count < minSize ? hidden : `${m.count}人`}）
          </li>
        ))}
      </ol>
      <AlphaReport alpha={pool.alpha} count={pool.count} />
      <GapView org={gap.org} mapping={gap.mapping} pool={pool} minSize={minSize} base={gap.base} />
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

interface TableProps {
  testId: string;
  b: Breakdown;
  section: BreakdownSection;
  hidden: string;
}

/** One table: a row per segment, group or face; a column for everyone and for each group of the breakdown. */
function BreakdownTable({ testId, b, section, hidden }: TableProps) {
  const rowHeader = section.id === 'segments' ? '区分' : section.id === 'groups' ? '群' : '軸';
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label={`${section.title}（${b.byLabel}別）`}>
      <table class="score-table" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            {b.columns.map((c) => (
              <th scope="col" key={c.id}>
                {c.label}
                {c.hidden ? '' : `（${c.count}人）`}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {section.rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.label}</th>
              {b.columns.map((c, i) => {
                const v = r.values[i];
                const text = r.hidden[i] ? hidden : section.kind === 'count' ? `${v ?? 0}人（${pct(v ?? 0, c.count)}）` : v === null ? '—' : v!.toFixed(1);
                return (
                  <td key={c.id} class={r.hidden[i] ? 'is-suppressed' : undefined}>
                    {text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
