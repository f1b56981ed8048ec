/**
 * The organisation self-check's result view and exports, imported by the questionnaire only when a result is near,
 * with the data only a result needs (rules, 浸透ステップ, measures).
 */
import { diagnoseOrg } from '../../lib/org-check/engine';
import { orgResultToCsv, orgResultToJson } from '../../lib/org-check/export';
import { orgCheckData as data } from '../data/org-check';
import type { ResultParts } from '../diagnostic/result-parts';
import { OrgResult } from './OrgResult';

export function orgCheckResultParts(base: string): ResultParts {
  const roleLabel = (id: string | null) => data.instrument.choices.find((c) => c.id === 'role')?.options?.find((o) => o.id === id)?.label ?? null;
  return {
    render: (set, shared, actions) => {
      const d = diagnoseOrg(data, set);
      return (
        <OrgResult d={d} base={base} title={shared ? '共有されたセルフチェックの結果' : 'セルフチェックの結果'} roleLabel={roleLabel(d.role)} rules={data.rules}>
          {actions}
        </OrgResult>
      );
    },
    exportJson: (set) => orgResultToJson(set, diagnoseOrg(data, set), new Date()),
    exportCsv: (set) => orgResultToCsv(data, set, diagnoseOrg(data, set)),
  };
}
