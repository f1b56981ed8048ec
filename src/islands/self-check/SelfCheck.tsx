import { useMemo } from 'preact/hooks';
import { optionsResolver } from '../../lib/self-check/options';
import { selfCheckQuestions as data } from '../data/self-check-questions';
import { DiagnosticWidget } from '../diagnostic/DiagnosticWidget';
import { withBoundary } from '../IslandBoundary';

interface Props {
  /** The site's base path, for links to chapters. */
  base: string;
}

/**
 * The employee self-check: the shared questionnaire flow with this instrument's result view (loaded when needed).
 * Its data comes from cached modules shared with the team view, not from the page's props: the questions' data here,
 * the rules, 不動層 groups and measures with the result's code.
 */
function SelfCheck({ base }: Props) {
  const optionsFor = useMemo(() => optionsResolver(data), []);
  return (
    <DiagnosticWidget
      instrumentId={data.instrumentId}
      instrument={data.instrument}
      optionsFor={optionsFor}
      fileStem="co-self-check-result"
      loadResult={() => import('./result-parts').then((m) => m.selfCheckResultParts(base))}
    />
  );
}

/** What the page hydrates: the tool inside a boundary that turns any exception into a message (IslandBoundary). */
export default withBoundary(SelfCheck, '自己診断');
