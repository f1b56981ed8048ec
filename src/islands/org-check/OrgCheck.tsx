import { useMemo } from 'preact/hooks';
import { choiceOptions } from '../../lib/choice-options';
import { orgCheckQuestions as data } from '../data/org-check-questions';
import { DiagnosticWidget } from '../diagnostic/DiagnosticWidget';
import { withBoundary } from '../IslandBoundary';

interface Props {
  base: string;
}

/** The organisation self-check: the shared questionnaire flow with the organisation's result view (loaded when needed). */
function OrgCheck({ base }: Props) {
  const optionsFor = useMemo(
    () => (q: string, choices: Record<string, string[]>) => {
      const question = data.instrument.choices.find((c) => c.id === q);
      return question ? choiceOptions(question, choices, []) : [];
    },
    [],
  );
  return (
    <DiagnosticWidget
      instrumentId={data.instrumentId}
      instrument={data.instrument}
      optionsFor={optionsFor}
      fileStem="co-org-check-result"
      loadResult={() => import('./result-parts').then((m) => m.orgCheckResultParts(base))}
    />
  );
}

/** What the page hydrates: the tool inside a boundary that turns any exception into a message (IslandBoundary). */
export default withBoundary(OrgCheck, 'セルフチェック');
