import { useMemo } from 'preact/hooks';
import type { SelfCheckData } from '../../lib/self-check/engine';
import { optionsResolver } from '../../lib/self-check/options';
import { DiagnosticWidget } from '../diagnostic/DiagnosticWidget';

interface Props {
  data: SelfCheckData;
  /** The site's base path, for links to chapters. */
  base: string;
}

/** The employee self-check: the shared questionnaire flow with this instrument's result view (loaded when needed). */
export default function SelfCheck({ data, base }: Props) {
  const optionsFor = useMemo(() => optionsResolver(data), [data]);
  return (
    <DiagnosticWidget
      instrumentId={data.instrumentId}
      instrument={data.instrument}
      optionsFor={optionsFor}
      fileStem="co-self-check-result"
      loadResult={() => import('./result-parts').then((m) => m.selfCheckResultParts(data, base))}
    />
  );
}
