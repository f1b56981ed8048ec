import { cellText, sizeText, type Breakdown, type BreakdownSection } from '../../lib/team/breakdown';

interface TableProps {
  testId: string;
  b: Breakdown;
  section: BreakdownSection;
}

/** One table: a row per segment, group or face; a column for everyone and for each group of the breakdown. */
export function BreakdownTable({ testId, b, section }: TableProps) {
  const rowHeader = section.id === 'segments' ? '区分' : section.id === 'groups' ? '群' : '軸';
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label={`${section.title}（${b.byLabel}別）`}>
      <table class="score-table" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            {b.columns.map((c, i) => (
              <th scope="col" key={c.id}>
                {c.label}
                {c.hidden ? '' : `（${c.count}人）`}
                {c.why && <span class="cell-note">（{sizeText(b, i)}）</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {section.rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.label}</th>
              {b.columns.map((c, i) => {
                const { text, share } = cellText(b, section, r, i);
                return (
                  <td key={c.id} class={r.hidden[i] ? 'is-suppressed' : undefined}>
                    {share ? `${text}（${share}）` : text}
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
