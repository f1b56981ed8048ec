import { useMemo } from 'preact/hooks';
import { diagnose, optionsResolver, type SelfCheckData } from '../../lib/self-check/engine';
import { resultToCsv, resultToJson } from '../../lib/self-check/export';
import { DiagnosticWidget } from '../diagnostic/DiagnosticWidget';
import { Result } from './Result';

interface Props {
  data: SelfCheckData;
  /** The site's base path, for links to chapters. */
  base: string;
}

/** The employee self-check: the shared questionnaire flow with this instrument's result view. */
export default function SelfCheck({ data, base }: Props) {
  const optionsFor = useMemo(() => optionsResolver(data), [data]);
  return (
    <DiagnosticWidget
      instrumentId={data.instrumentId}
      instrument={data.instrument}
      optionsFor={optionsFor}
      fileStem="co-self-check-result"
      exportJson={(set) => resultToJson(set, diagnose(data, set), new Date())}
      exportCsv={(set) => resultToCsv(data, set, diagnose(data, set))}
      renderResult={(set, shared, actions) => (
        <Result d={diagnose(data, set)} base={base} title={shared ? '共有された診断結果' : 'あなたの診断結果'}>
          {actions}
        </Result>
      )}
    />
  );
}
