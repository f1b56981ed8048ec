import { useMemo } from 'preact/hooks';
import { choiceOptions } from '../../lib/choice-options';
import { diagnoseOrg, type OrgCheckData } from '../../lib/org-check/engine';
import { orgResultToCsv, orgResultToJson } from '../../lib/org-check/export';
import { DiagnosticWidget } from '../diagnostic/DiagnosticWidget';
import { OrgResult } from './OrgResult';

interface Props {
  data: OrgCheckData;
  base: string;
}

/** The organisation self-check: the shared questionnaire flow with the organisation's result view. */
export default function OrgCheck({ data, base }: Props) {
  const optionsFor = useMemo(
    () => (q: string, choices: Record<string, string[]>) => {
      const question = data.instrument.choices.find((c) => c.id === q);
      return question ? choiceOptions(question, choices, []) : [];
    },
    [data],
  );
  const roleLabel = (id: string | null) => data.instrument.choices.find((c) => c.id === 'role')?.options?.find((o) => o.id === id)?.label ?? null;
  return (
    <DiagnosticWidget
      instrumentId={data.instrumentId}
      instrument={data.instrument}
      optionsFor={optionsFor}
      fileStem="co-org-check-result"
      exportJson={(set) => orgResultToJson(set, diagnoseOrg(data, set), new Date())}
      exportCsv={(set) => orgResultToCsv(data, set, diagnoseOrg(data, set))}
      renderResult={(set, shared, actions) => {
        const d = diagnoseOrg(data, set);
        return (
          <OrgResult d={d} base={base} title={shared ? '共有されたセルフチェックの結果' : 'セルフチェックの結果'} roleLabel={roleLabel(d.role)} strong={data.rules.strong}>
            {actions}
          </OrgResult>
        );
      }}
    />
  );
}
